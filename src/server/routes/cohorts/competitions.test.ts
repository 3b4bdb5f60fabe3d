import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeaderboardResponse, SubmitResponse } from "../../../shared/api/index.js";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, type TestServer } from "../../test-support/test-dialects.js";

const PROJECT = "review-sentiment";

describe.each(DIALECTS)("competitions per project and cohort (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  const cookies: Record<string, string> = {};
  const cohorts: Record<string, string> = {};

  const call = (who: string, method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: method === "GET" ? { host: "localhost", cookie: cookies[who] } : jsonFromPage(cookies[who]),
      ...(method === "GET" ? {} : { payload: payload ?? {} }),
    });
  const board = async (who: string, cohort: string) => {
    const response = await call(who, "GET", `/api/projects/${PROJECT}/leaderboard?cohort=${cohorts[cohort]}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<LeaderboardResponse>();
  };
  const names = (response: LeaderboardResponse) => response.entries.filter((e) => !e.isBaseline).map((e) => e.name);
  const submit = async (who: string) => {
    const sample = (await call(who, "GET", `/api/projects/${PROJECT}/files/sample_submission.csv`)).body;
    const response = await app.inject({
      method: "POST",
      url: `/api/projects/${PROJECT}/submissions?fileName=mine.csv`,
      headers: { ...jsonFromPage(cookies[who]), "content-type": "text/csv" },
      payload: sample,
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
  };

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    for (const name of ["admin", "ian", "ivy", "ada", "bob", "cara"])
      cookies[name] = (await signUp(app, `${name}@example.org`, name)).cookie;
    const idOf = async (email: string) =>
      (await app.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
    for (const name of ["ian", "ivy"])
      await call("admin", "PATCH", `/api/admin/users/${await idOf(`${name}@example.org`)}`, { role: "instructor" });
    // Ian teaches A (Ada, Bob); Ivy teaches B (Cara).
    for (const [teacher, cohort, learners] of [
      ["ian", "A", ["ada", "bob"]],
      ["ivy", "B", ["cara"]],
    ] as const) {
      cohorts[cohort] = (await call(teacher, "POST", "/api/cohorts", { name: cohort })).json<{ id: string }>().id;
      const token = (await call(teacher, "POST", `/api/cohorts/${cohorts[cohort]}/invites`, {})).json<{ token: string }>().token;
      for (const learner of learners) await call(learner, "POST", "/api/cohorts/join", { token });
    }
    for (const learner of ["ada", "bob", "cara"]) await submit(learner);
  }, 120_000);
  afterAll(() => server.destroy());

  it("ranks only a cohort's own learners on its board, for its members, and nobody else's", async () => {
    expect(names(await board("ada", "A")).sort()).toEqual(["ada", "bob"]);
    expect(names(await board("ian", "A")).sort()).toEqual(["ada", "bob"]);
    expect(names(await board("cara", "B"))).toEqual(["cara"]);
    // The instructor's dashboard carries each learner's best public score per project.
    const dashboard = (await call("ian", "GET", `/api/cohorts/${cohorts.A}/dashboard`)).json<{
      projects: { id: string }[];
      learners: { name: string; projects: { projectId: string; best: number | null; submissions: number }[] }[];
    }>();
    expect(dashboard.projects.map((project) => project.id)).toContain(PROJECT);
    const ada = dashboard.learners.find((learner) => learner.name === "ada")?.projects.find((p) => p.projectId === PROJECT);
    expect(ada?.submissions).toBe(1);
    expect(ada?.best).toEqual((await board("ian", "A")).entries.find((entry) => entry.name === "ada")?.score);
    const csv = (await call("ian", "GET", `/api/cohorts/${cohorts.A}/dashboard.csv`)).body;
    expect(csv.split("\r\n")[0]).toMatch(/\(best public [^)]+\)/);
    const outsider = await call("cara", "GET", `/api/projects/${PROJECT}/leaderboard?cohort=${cohorts.A}`);
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain("ada");
    // Without a cohort, a learner sees only themself.
    const own = (await call("ada", "GET", `/api/projects/${PROJECT}/leaderboard`)).json<LeaderboardResponse>();
    expect(names(own)).toEqual(["ada"]);
  });

  it("ranks a new submission on the cohort's board it names, or among the learner's own, never on the whole instance's", async () => {
    const sample = (await call("cara", "GET", `/api/projects/${PROJECT}/files/sample_submission.csv`)).body;
    const send = (query: string) =>
      app.inject({
        method: "POST",
        url: `/api/projects/${PROJECT}/submissions?fileName=again.csv${query}`,
        headers: { ...jsonFromPage(cookies.cara), "content-type": "text/csv" },
        payload: sample,
      });
    const ranked = (response: Awaited<ReturnType<typeof send>>) => {
      expect(response.statusCode, response.body).toBe(201);
      const { rank, of, rankedAmong, cohort } = response.json<SubmitResponse>();
      return { rank, of, rankedAmong, cohort: cohort?.name ?? null };
    };
    // Three learners have submitted on this instance; Cara's cohort B has only her.
    expect(ranked(await send(""))).toEqual({ rank: 1, of: 1, rankedAmong: "own", cohort: null });
    expect(ranked(await send(`&cohort=${cohorts.B}`))).toEqual({ rank: 1, of: 1, rankedAmong: "cohort", cohort: "B" });
    const count = async () =>
      (await app.db.selectFrom("project_submissions").select("id").where("project_id", "=", PROJECT).execute()).length;
    const before = await count();
    const foreign = await send(`&cohort=${cohorts.A}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<{ message: string }>().message).toContain("Nothing was submitted");
    expect(await count()).toBe(before);
    // Ada's cohort holds two learners.
    const ada = await app.inject({
      method: "POST",
      url: `/api/projects/${PROJECT}/submissions?fileName=again.csv&cohort=${cohorts.A}`,
      headers: { ...jsonFromPage(cookies.ada), "content-type": "text/csv" },
      payload: sample,
    });
    expect(ranked(ada).of).toBe(2);
  });

  it("lets the instructor open a competition with a deadline and close it, revealing that cohort's private board only", async () => {
    const opened = await call("ian", "PUT", `/api/cohorts/${cohorts.A}/competitions/${PROJECT}`, {
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ projectId: PROJECT, closedAt: null });
    const listed = (await call("bob", "GET", `/api/cohorts/${cohorts.A}/competitions`)).json<{ competitions: unknown[] }>();
    expect(listed.competitions).toEqual([expect.objectContaining({ projectId: PROJECT, projectTitle: expect.any(String) })]);
    expect((await board("ada", "A")).board).toBe("public");

    // Another cohort's instructor cannot touch it; a learner cannot close it.
    expect((await call("ivy", "POST", `/api/cohorts/${cohorts.A}/competitions/${PROJECT}/close`)).statusCode).toBe(404);
    expect((await call("ada", "POST", `/api/cohorts/${cohorts.A}/competitions/${PROJECT}/close`)).statusCode).toBe(403);
    expect((await call("ada", "POST", `/api/projects/${PROJECT}/finish`)).statusCode).toBe(403);

    const closed = await call("ian", "POST", `/api/cohorts/${cohorts.A}/competitions/${PROJECT}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<{ closedAt: string | null }>().closedAt).not.toBeNull();
    const after = await board("ada", "A");
    expect(after).toMatchObject({ board: "private", closed: true, cohort: { id: cohorts.A, competing: true } });
    expect((await board("cara", "B")).board).toBe("public");
    const again = await call("ian", "POST", `/api/cohorts/${cohorts.A}/competitions/${PROJECT}/close`);
    expect(again.statusCode).toBe(409);
    expect((await call("ian", "PUT", `/api/cohorts/${cohorts.A}/competitions/${PROJECT}`, {})).statusCode).toBe(409);
    const audit = (await call("admin", "GET", "/api/admin/audit")).json<{ entries: { action: string }[] }>();
    expect(audit.entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["competition.opened", "competition.closed"]),
    );
  });

  it("keeps what was submitted after the close off the closed board", async () => {
    const before = await board("ian", "A");
    await submit("bob");
    const after = await board("ian", "A");
    expect(after.entries.find((entry) => entry.name === "bob")?.submissions).toBe(
      before.entries.find((entry) => entry.name === "bob")?.submissions,
    );
  });

  it("counts a competition past its deadline as closed", async () => {
    expect((await call("ivy", "PUT", `/api/cohorts/${cohorts.B}/competitions/${PROJECT}`, {})).statusCode).toBe(201);
    await app.db
      .updateTable("cohort_competitions")
      .set({ deadline: new Date(Date.now() - 1000).toISOString() })
      .where("cohort_id", "=", cohorts.B ?? "")
      .execute();
    expect(await board("cara", "B")).toMatchObject({ board: "private", closed: true });
  });

  it("refuses a deadline in the past, an unknown project, and a learner opening one, changing nothing", async () => {
    const past = await call("ivy", "PUT", `/api/cohorts/${cohorts.B}/competitions/sp500-forecast`, {
      deadline: "2020-01-01T00:00:00Z",
    });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ message: string }>().message).toMatch(/has passed/);
    const badDate = await call("ivy", "PUT", `/api/cohorts/${cohorts.B}/competitions/sp500-forecast`, { deadline: "tomorrow" });
    expect(badDate.statusCode).toBe(400);
    expect((await call("ivy", "PUT", `/api/cohorts/${cohorts.B}/competitions/no-such-project`, {})).statusCode).toBe(404);
    expect((await call("cara", "PUT", `/api/cohorts/${cohorts.B}/competitions/sp500-forecast`, {})).statusCode).toBe(403);
    const rows = await app.db
      .selectFrom("cohort_competitions")
      .select("project_id")
      .where("project_id", "=", "sp500-forecast")
      .execute();
    expect(rows).toEqual([]);
  });
});
