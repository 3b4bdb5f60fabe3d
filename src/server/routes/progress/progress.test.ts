import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProgressResponse, TopicResponse } from "../../../shared/api/index.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("progress on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());
  // Each test starts from a learner with no progress.
  beforeEach(async () => {
    const empty = { format: "stepwise-progress", version: 1, exportedAt: new Date().toISOString(), topics: {} };
    await server.app.inject({ method: "POST", url: "/api/progress/import", payload: empty });
  });

  const put = (topicId: string, status: unknown) =>
    server.app.inject({ method: "PUT", url: `/api/progress/topics/${topicId}`, payload: { status } });
  const progress = async () => (await server.app.inject({ method: "GET", url: "/api/progress" })).json<ProgressResponse>();

  it("starts with every topic todo and nothing done", async () => {
    const result = await progress();
    expect(result.overall.percent).toBe(0);
    expect(result.overall.hoursDone).toBe(0);
    expect(Object.keys(result.topics)).toHaveLength(testCurriculum().topicsById.size);
    expect(new Set(Object.values(result.topics))).toEqual(new Set(["todo"]));
    expect(result.overall.hoursRemaining).toBe(result.overall.hoursTotal);
  });

  it("counts done hours, leaves skipped topics out of the remaining hours, and reports statuses", async () => {
    const { topicsById } = testCurriculum();
    const hours = (id: string) => topicsById.get(id)?.estimatedHours ?? Number.NaN;
    expect((await put("linear-algebra", "done")).statusCode).toBe(200);
    expect((await put("calculus", "skipped")).statusCode).toBe(200);
    expect((await put("python-basics", "learning")).statusCode).toBe(200);
    const result = await progress();
    expect(result.topics["linear-algebra"]).toBe("done");
    expect(result.topics["calculus"]).toBe("skipped");
    expect(result.topics["python-basics"]).toBe("learning");
    expect(result.overall.hoursDone).toBe(hours("linear-algebra"));
    expect(result.overall.hoursRemaining).toBeCloseTo(result.overall.hoursTotal - hours("linear-algebra") - hours("calculus"), 6);
    const math = result.stages.find((stage) => stage.id === "math-foundations");
    const mathCounted = hours("linear-algebra") + hours("probability-statistics");
    expect(math?.percent).toBe(Math.round((hours("linear-algebra") / mathCounted) * 100));
    expect(math?.topicsSkipped).toBe(1);
    expect(result.stages.find((stage) => stage.id === "python")?.topicsLearning).toBe(1);
  });

  it("answers an invalid status with 400 naming the allowed values, and changes nothing", async () => {
    await put("linear-algebra", "learning");
    const response = await put("linear-algebra", "finished");
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/"todo", "learning", "done", "skipped"/);
    expect((await progress()).topics["linear-algebra"]).toBe("learning");
  });

  it("answers a missing body or extra fields with 400", async () => {
    const noBody = await server.app.inject({ method: "PUT", url: "/api/progress/topics/linear-algebra" });
    expect(noBody.statusCode).toBe(400);
    const extra = await server.app.inject({
      method: "PUT",
      url: "/api/progress/topics/linear-algebra",
      payload: { status: "done", userId: "someone-else" },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toMatch(/userId/);
  });

  it("answers an unknown topic with a 404 JSON message", async () => {
    const response = await put("quantum-basket-weaving", "done");
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/no topic "quantum-basket-weaving"/);
  });

  it("keeps statuses and notes across a restart", async () => {
    await put("feature-engineering", "done");
    await server.app.inject({
      method: "PUT",
      url: "/api/notes/topics/feature-engineering",
      payload: { text: "fit the scaler on train only" },
    });
    await server.restart();
    const topic = (await server.app.inject({ method: "GET", url: "/api/topics/feature-engineering" })).json<TopicResponse>();
    expect(topic.status).toBe("done");
    expect(topic.note.text).toBe("fit the scaler on train only");
  });
});
