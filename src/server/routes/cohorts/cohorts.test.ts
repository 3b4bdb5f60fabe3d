import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

interface Dashboard {
  cohort: { name: string };
  stages: { id: string }[];
  learners: {
    name: string;
    stages: { percent: number }[];
    stuck: { kind: string; days?: number; exerciseId?: string; failures?: number }[];
  }[];
}

describe.each(DIALECTS)("cohorts and the instructor dashboard (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  const cookies: Record<string, string> = {};
  let cohortId = "";
  let token = "";

  const call = (who: string, method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: object) =>
    app.inject({ method, url, headers: jsonFromPage(cookies[who]), ...(payload ? { payload } : {}) });
  const idOf = async (email: string) =>
    (await app.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    for (const name of ["ada", "ian", "oz", "lea", "max"])
      cookies[name] = (await signUp(app, `${name}@example.org`, name === "max" ? "=HYPERLINK(1)" : name)).cookie;
    for (const name of ["ian", "oz"])
      expect(
        (await call("ada", "PATCH", `/api/admin/users/${await idOf(`${name}@example.org`)}`, { role: "instructor" })).statusCode,
      ).toBe(200);
  }, 90_000);
  afterAll(() => server.destroy());

  it("lets instructors create cohorts, and tells a learner who tries that they cannot", async () => {
    const refused = await call("lea", "POST", "/api/cohorts", { name: "Mine" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ message: string }>().message).toMatch(/Only instructors and administrators/);
    expect((await call("ian", "POST", "/api/cohorts", { name: "  " })).statusCode).toBe(400);
    const created = await call("ian", "POST", "/api/cohorts", { name: "Spring 2027" });
    expect(created.statusCode).toBe(201);
    cohortId = created.json<{ id: string }>().id;
    expect((await call("oz", "POST", "/api/cohorts", { name: "Other" })).statusCode).toBe(201);
  });

  it("shares an expiring invite link; learners join once, and a wrong or expired link says so", async () => {
    const invite = await call("ian", "POST", `/api/cohorts/${cohortId}/invites`, { days: 7 });
    expect(invite.statusCode).toBe(201);
    const body = invite.json<{ url: string; token: string }>();
    token = body.token;
    expect(body.url).toBe(`http://localhost/join/${token}`);
    // Outside the cohort it does not exist for you; inside it as a learner, you may not invite.
    expect((await call("oz", "POST", `/api/cohorts/${cohortId}/invites`, { days: 7 })).statusCode).toBe(404);

    expect((await call("lea", "POST", "/api/cohorts/join", { token })).json()).toMatchObject({
      cohort: { name: "Spring 2027" },
      joined: true,
    });
    expect((await call("lea", "POST", "/api/cohorts/join", { token })).json()).toMatchObject({ joined: false });
    expect((await call("lea", "POST", `/api/cohorts/${cohortId}/invites`, { days: 7 })).statusCode).toBe(403);
    expect((await call("max", "POST", "/api/cohorts/join", { token })).statusCode).toBe(200);
    const wrong = await call("max", "POST", "/api/cohorts/join", { token: "not-a-token" });
    expect(wrong.statusCode).toBe(400);
    const old = await call("ian", "POST", `/api/cohorts/${cohortId}/invites`, { days: 1 });
    await app.db
      .updateTable("cohort_invites")
      .set({ expires_at: "2020-01-01T00:00:00.000Z" })
      .where("cohort_id", "=", cohortId)
      .where("expires_at", "<", new Date(Date.now() + 2 * 86_400_000).toISOString())
      .execute();
    const expired = await call("oz", "POST", "/api/cohorts/join", { token: old.json<{ token: string }>().token });
    expect({ status: expired.statusCode, body: expired.json() }).toEqual({ status: wrong.statusCode, body: wrong.json() });

    expect((await call("lea", "GET", "/api/cohorts")).json()).toEqual({
      cohorts: [
        {
          id: cohortId,
          name: "Spring 2027",
          role: "learner",
          learners: 2,
          solutionUnlock: { kind: "after-attempts", attempts: 1 },
        },
      ],
    });
    expect((await call("ian", "GET", "/api/cohorts")).json()).toMatchObject({ cohorts: [{ role: "instructor", learners: 2 }] });
  });

  it("shows the cohort's instructor who is stuck: failing one exercise again and again, or quiet for days", async () => {
    const exercise = [...app.curriculum.exercisesById.values()][0];
    const topic = [...app.curriculum.topicsById.keys()][0] ?? "";
    expect((await call("lea", "PUT", `/api/progress/topics/${topic}`, { status: "done" })).statusCode).toBe(200);
    expect((await call("lea", "PUT", `/api/notes/topics/${topic}`, { text: "Lea's private thoughts" })).statusCode).toBe(200);
    const failing = { status: "fail", message: "1 of 2 passed", tests: [], output: "", durationMs: 5, runtime: "browser" };
    for (let i = 0; i < 3; i += 1)
      expect(
        (
          await call("lea", "POST", `/api/exercises/${exercise?.id}/attempts`, {
            runtime: "browser",
            code: "x = 1",
            result: failing,
          })
        ).statusCode,
      ).toBe(200);
    await app.db
      .updateTable("cohort_members")
      .set({ joined_at: new Date(Date.now() - 10 * 86_400_000).toISOString() })
      .where("user_id", "=", await idOf("max@example.org"))
      .execute();

    const response = await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard?inactiveDays=7&failures=3`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain("private thoughts");
    const dashboard = response.json<Dashboard>();
    // In the order they joined: Max's joining was moved ten days back.
    const [max, lea] = dashboard.learners;
    expect(dashboard.learners.map((learner) => learner.name)).toEqual(["=HYPERLINK(1)", "lea"]);
    expect(lea?.stages.some((stage) => stage.percent > 0)).toBe(true);
    expect(lea?.stuck).toEqual([{ kind: "failing", exerciseId: exercise?.id, exerciseTitle: exercise?.title, failures: 3 }]);
    expect(max?.stuck).toEqual([{ kind: "inactive", days: 10 }]);
    const relaxed = (await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard?inactiveDays=30&failures=4`)).json<Dashboard>();
    expect(relaxed.learners.map((learner) => learner.stuck)).toEqual([[], []]);
    expect((await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard?inactiveDays=0`)).statusCode).toBe(400);
  });

  it("keeps the dashboard to the cohort's instructors and administrators", async () => {
    expect((await call("lea", "GET", `/api/cohorts/${cohortId}/dashboard`)).statusCode).toBe(403);
    const outsider = await call("oz", "GET", `/api/cohorts/${cohortId}/dashboard`);
    const unknown = await call("oz", "GET", "/api/cohorts/no-such-cohort/dashboard");
    expect(outsider.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect((await call("ada", "GET", `/api/cohorts/${cohortId}/dashboard`)).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: `/api/cohorts/${cohortId}/dashboard` })).statusCode).toBe(401);
  });

  it("lets the cohort's instructor read a learner's code and submissions, and nobody else", async () => {
    const lea = await idOf("lea@example.org");
    const exercise = [...app.curriculum.exercisesById.keys()][0] ?? "";
    const work = await call("ian", "GET", `/api/cohorts/${cohortId}/learners/${lea}/exercises/${exercise}`);
    expect(work.statusCode).toBe(200);
    expect(work.json()).toMatchObject({ learner: { name: "lea" }, attempts: [{ code: "x = 1", status: "fail" }, {}, {}] });
    expect(work.body).not.toContain("private thoughts");
    expect((await call("ian", "GET", `/api/cohorts/${cohortId}/learners/${lea}/submissions`)).json()).toEqual({
      learner: { id: lea, name: "lea" },
      submissions: [],
    });
    expect((await call("lea", "GET", `/api/cohorts/${cohortId}/learners/${lea}/submissions`)).statusCode).toBe(403);
    expect((await call("oz", "GET", `/api/cohorts/${cohortId}/learners/${lea}/submissions`)).statusCode).toBe(404);
    // Oz is not a learner of this cohort: his work is not Ian's to read.
    expect(
      (await call("ian", "GET", `/api/cohorts/${cohortId}/learners/${await idOf("oz@example.org")}/submissions`)).statusCode,
    ).toBe(404);
  });

  it("lets the cohort's instructor decide when its learners see reference solutions, the strictest cohort winning", async () => {
    const exercise = [...app.curriculum.exercisesById.keys()][0] ?? "";
    const solution = () => call("lea", "GET", `/api/exercises/${exercise}/solution`);
    const setRule = (who: string, solutionUnlock: object) => call(who, "PATCH", `/api/cohorts/${cohortId}`, { solutionUnlock });
    expect((await solution()).statusCode).toBe(200); // the default: after one graded run (Lea has made 3)

    const changed = await setRule("ian", { kind: "after-solving" });
    expect(changed.json()).toMatchObject({ id: cohortId, solutionUnlock: { kind: "after-solving" }, role: "instructor" });
    const closed = await solution();
    expect(closed.statusCode).toBe(403);
    expect(closed.json<{ message: string }>().message).toBe(
      "In Spring 2027, solutions open once you have solved the exercise yourself.",
    );

    await setRule("ian", { kind: "after-attempts", attempts: 5 });
    expect((await solution()).json<{ message: string }>().message).toBe(
      "In Spring 2027, solutions open after 5 graded runs; you have made 3.",
    );
    await setRule("ian", { kind: "after-date", date: "2020-01-01" });
    expect((await solution()).statusCode).toBe(200);
    await setRule("ian", { kind: "never" });
    expect((await solution()).json<{ message: string }>().message).toMatch(/stay closed/);

    // Refused, and nothing changes: a learner, a rule without its number, an impossible date.
    expect((await setRule("lea", { kind: "after-solving" })).statusCode).toBe(403);
    expect((await setRule("ian", { kind: "after-attempts" })).statusCode).toBe(400);
    expect((await setRule("ian", { kind: "after-date", date: "2027-02-30" })).statusCode).toBe(400);
    expect((await call("lea", "GET", "/api/cohorts")).json()).toMatchObject({ cohorts: [{ solutionUnlock: { kind: "never" } }] });
    const audit = (await call("ada", "GET", "/api/admin/audit")).json<{ entries: { actor: string; action: string }[] }>().entries;
    expect(audit.filter((entry) => entry.action === "cohort.solutions")).toHaveLength(4);
    await setRule("ian", { kind: "after-attempts", attempts: 1 });
  });

  it("exports the dashboard as CSV, with a cell that would run as a formula made harmless", async () => {
    const response = await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="Spring-2027-dashboard.csv"');
    const lines = response.body.trim().split("\r\n");
    expect(lines[0]).toMatch(
      /^name,email,overall %,.*,exercises solved,quiz answers,quiz accuracy %,last active,current streak \(days\),stuck$/,
    );
    expect(lines[1]).toMatch(/^'=HYPERLINK\(1\),max@example\.org,/);
    expect(lines[1]).toMatch(/no activity for 10 days$/);
    expect(lines[2]).toMatch(/^lea,lea@example\.org,\d+,/);
    expect(lines[2]).toMatch(/failed .* 3 times$/);
  });

  it("says who is behind their own study plan, by how many hours, and nothing else of the plan", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const plan = {
      hoursPerWeek: 6,
      studyDays: [1, 3, 5],
      startTime: "19:00",
      timeZone: "UTC",
      startDate: today,
      targetDate: null,
    };
    expect((await call("lea", "PUT", "/api/plan", plan)).statusCode).toBe(200);
    const onTrack = (await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard`)).json<Dashboard>();
    expect(onTrack.learners[1]?.stuck.map((reason) => reason.kind)).not.toContain("behind-plan");
    // Four weeks later, with nothing more done: the plan expected about 24 hours of topics.
    const fourWeeksAgo = new Date(Date.now() - 28 * 86_400_000).toISOString().slice(0, 10);
    await app.db
      .updateTable("study_plans")
      .set({ settings_json: JSON.stringify({ ...plan, startDate: fourWeeksAgo }) })
      .where("user_id", "=", await idOf("lea@example.org"))
      .execute();
    const response = await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard`);
    const behind = response.json<Dashboard>().learners[1]?.stuck.find((reason) => reason.kind === "behind-plan") as
      { expectedHours: number; doneHours: number } | undefined;
    expect(behind?.expectedHours).toBeGreaterThan(15);
    expect(behind?.doneHours).toBeLessThan(behind?.expectedHours ?? 0);
    expect(response.body).not.toContain("19:00");
    const csv = (await call("ian", "GET", `/api/cohorts/${cohortId}/dashboard.csv`)).body;
    expect(csv).toMatch(/behind plan: [\d.]+ of [\d.]+ h done/);
  });
});

describe("cohorts in local mode", () => {
  it("do not exist", async () => {
    const server = await startTestServer("sqlite");
    try {
      const response = await server.app.inject({ method: "GET", url: "/api/cohorts" });
      expect(response.statusCode).toBe(404);
      expect(response.json<{ message: string }>().message).toMatch(/multi-user mode only/);
    } finally {
      await server.destroy();
    }
  });
});
