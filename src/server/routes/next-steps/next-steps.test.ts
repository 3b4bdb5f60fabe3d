import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NextStepsResponse } from "../../../shared/api/index.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { browserResult } from "../../test-support/browser-results.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("continue where you left off on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const steps = async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/next" });
    expect(response.statusCode).toBe(200);
    return response.json<NextStepsResponse>().steps;
  };
  const attempt = (id: string, status: "pass" | "fail") =>
    server.app.inject({
      method: "POST",
      url: `/api/exercises/${id}/attempts`,
      payload: { runtime: "browser", code: "x = 1", result: browserResult(status, 2) },
    });
  const setStatus = (topicId: string, status: string) =>
    server.app.inject({ method: "PUT", url: `/api/progress/topics/${topicId}`, payload: { status } });

  it("starts a new learner at the roadmap's first topic", async () => {
    const first = testCurriculum().stages[0]?.topics[0];
    expect(await steps()).toEqual([
      { kind: "topic", title: first?.title, href: `/topics/${first?.id}`, reason: "Next topic in the roadmap" },
    ]);
  });

  it("puts an exercise the learner left unsolved first, and drops it once solved", async () => {
    expect((await attempt("matrix-multiply", "fail")).statusCode).toBe(200);
    const [first] = await steps();
    expect(first).toMatchObject({
      kind: "exercise",
      href: "/exercises/matrix-multiply",
      reason: "You started it and it is not solved yet",
    });
    expect((await attempt("matrix-multiply", "pass")).statusCode).toBe(200);
    expect((await steps()).map((step) => step.href)).not.toContain("/exercises/matrix-multiply");
  });

  it("offers the next unsolved exercise of the topic being learned, and the most recently touched unfinished exercise", async () => {
    await setStatus("linear-algebra", "learning");
    expect((await steps())[0]).toMatchObject({
      kind: "exercise",
      href: "/exercises/dot-product",
      reason: expect.stringMatching(/topic you are learning/),
    });
    await server.app.inject({ method: "PUT", url: "/api/exercises/chain-rule/draft", payload: { code: "def f():\n    pass\n" } });
    expect((await steps()).map((step) => step.href)).toEqual(["/exercises/chain-rule", "/exercises/dot-product"]);
  });

  it("skips topics whose prerequisites are not settled, and moves on when topics are done", async () => {
    await server.app.inject({
      method: "POST",
      url: "/api/exercises/chain-rule/attempts",
      payload: { runtime: "browser", code: "x", result: browserResult("pass", 2) },
    });
    for (const topic of testCurriculum().stages[0]?.topics ?? []) await setStatus(topic.id, "done");
    await setStatus("linear-algebra", "done");
    const [first] = await steps();
    const topic = testCurriculum().topicsById.get(first?.href.replace("/topics/", "") ?? "");
    expect(first?.kind).toBe("topic");
    expect(
      topic?.prerequisites.every((id) => ["what-is-ai-engineering", "ai-engineer-role", "linear-algebra"].includes(id)),
    ).toBe(true);
    expect(first?.href).not.toBe("/topics/linear-algebra");
  });
});
