import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoadmapResponse, TopicResponse } from "../../../shared/api/index.js";
import { jsonFromPage, me, signUp, startMultiUserServer } from "../../test-support/accounts.js";
import { DIALECTS, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("what an administrator opens to visitors (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  const who: Record<string, string> = {};
  let topicId = "";
  const anonymous = (url: string) => app.inject({ method: "GET", url, headers: { host: "localhost" } });
  const setArea = (caller: string, area: string, payload: object) =>
    app.inject({ method: "PUT", url: `/api/admin/public-areas/${area}`, headers: jsonFromPage(who[caller]), payload });
  const auditActions = async () =>
    (await app.inject({ method: "GET", url: "/api/admin/audit", headers: { host: "localhost", cookie: who.admin } }))
      .json<{ entries: { action: string; details: { area?: string } }[] }>()
      .entries.filter((entry) => entry.action.startsWith("public-area."));

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    who.admin = (await signUp(app, "admin@example.org", "Admin")).cookie;
    who.ada = (await signUp(app, "ada@example.org", "Ada")).cookie;
    topicId = [...app.curriculum.topicsById.keys()][0] ?? "";
    // Ada's own progress and note: a visitor must see none of it once the lessons are open.
    const ada = (url: string, payload: object) => app.inject({ method: "PUT", url, headers: jsonFromPage(who.ada), payload });
    expect((await ada(`/api/progress/topics/${topicId}`, { status: "done" })).statusCode).toBe(200);
    expect((await ada(`/api/notes/topics/${topicId}`, { text: "ADA-PRIVATE-NOTE" })).statusCode).toBe(200);
  }, 60_000);
  afterAll(() => server.destroy());

  it("keeps everything behind sign-in until an administrator opens an area", async () => {
    for (const url of ["/api/roadmap", `/api/topics/${topicId}`, "/api/faq", "/api/datasets", "/api/datasets/penguins"])
      expect((await anonymous(url)).statusCode, url).toBe(401);
    expect((await me(app)).publicAreas).toEqual([]);
    const listed = await app.inject({
      method: "GET",
      url: "/api/admin/public-areas",
      headers: { host: "localhost", cookie: who.admin },
    });
    expect(listed.json<{ areas: { area: string; open: boolean }[] }>().areas.map(({ area, open }) => ({ area, open }))).toEqual([
      { area: "curriculum", open: false },
      { area: "datasets", open: false },
    ]);
  });

  it("lets visitors read the roadmap and lessons once opened, with nobody's progress or notes, and nothing else", async () => {
    const opened = await setArea("admin", "curriculum", { open: true });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ area: "curriculum", open: true, openedBy: "Admin", title: "Roadmap and lessons" });
    expect((await me(app)).publicAreas).toEqual(["curriculum"]);

    const roadmap = await anonymous("/api/roadmap");
    expect(roadmap.statusCode).toBe(200);
    expect(roadmap.json<RoadmapResponse>().progress).toMatchObject({ percent: 0, topicsDone: 0 });
    const topic = await anonymous(`/api/topics/${topicId}`);
    expect(topic.statusCode).toBe(200);
    const read = topic.json<TopicResponse>();
    expect(read.lesson.html.length).toBeGreaterThan(100);
    expect(read).toMatchObject({ status: "todo", note: { text: "", updatedAt: null }, statusUpdatedAt: null });
    expect(topic.body).not.toContain("ADA-PRIVATE-NOTE");
    expect((await anonymous("/api/faq")).statusCode).toBe(200);
    expect((await anonymous(`/api/stages/${app.curriculum.stages[0]?.id ?? ""}`)).statusCode).toBe(200);
    // Ada signed in still sees her own.
    const own = await app.inject({
      method: "GET",
      url: `/api/topics/${topicId}`,
      headers: { host: "localhost", cookie: who.ada },
    });
    expect(own.json<TopicResponse>()).toMatchObject({ status: "done", note: { text: "ADA-PRIVATE-NOTE" } });
    // Doing anything, and every other area, still needs an account.
    for (const url of ["/api/datasets", "/api/exercises", "/api/progress", "/api/next"])
      expect((await anonymous(url)).statusCode, url).toBe(401);
    const write = await app.inject({
      method: "PUT",
      url: `/api/progress/topics/${topicId}`,
      headers: jsonFromPage(),
      payload: { status: "done" },
    });
    expect(write.statusCode).toBe(401);
  });

  it("opens and closes each area on its own, and records who did it once per change", async () => {
    expect((await setArea("admin", "datasets", { open: true })).statusCode).toBe(200);
    expect((await anonymous("/api/datasets")).statusCode).toBe(200);
    expect((await anonymous("/api/datasets/penguins")).statusCode).toBe(200);
    expect((await setArea("admin", "curriculum", { open: false })).json()).toMatchObject({ open: false, openedBy: null });
    expect((await anonymous("/api/roadmap")).statusCode).toBe(401);
    expect((await anonymous("/api/datasets")).statusCode).toBe(200);
    expect((await me(app)).publicAreas).toEqual(["datasets"]);
    // Closing what is closed changes nothing and is not recorded again.
    expect((await setArea("admin", "curriculum", { open: false })).statusCode).toBe(200);
    expect((await auditActions()).map((entry) => `${entry.action} ${entry.details.area ?? ""}`)).toEqual([
      "public-area.closed curriculum",
      "public-area.opened datasets",
      "public-area.opened curriculum",
    ]);
  });

  it("refuses learners, unknown areas and unclear requests, changing nothing", async () => {
    const before = (await me(app)).publicAreas;
    const learner = await setArea("ada", "curriculum", { open: true });
    expect(learner.statusCode).toBe(403);
    const unknown = await setArea("admin", "exercises", { open: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ message: string }>().message).toContain("curriculum, datasets");
    const unclear = await setArea("admin", "curriculum", { open: "yes" });
    expect(unclear.statusCode).toBe(400);
    expect(unclear.json<{ message: string }>().message).toContain("open: true");
    expect((await setArea("admin", "curriculum", { open: true, also: 1 })).statusCode).toBe(400);
    expect((await me(app)).publicAreas).toEqual(before);
    expect((await anonymous("/api/admin/public-areas")).statusCode).toBe(401);
  });
});
