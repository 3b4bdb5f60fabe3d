import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StageResponse, TopicResponse } from "../../../shared/api/index.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("topics, stages and notes on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());

  const topic = async (id: string) =>
    (await server.app.inject({ method: "GET", url: `/api/topics/${id}` })).json<TopicResponse>();
  const putNote = (id: string, text: unknown) =>
    server.app.inject({ method: "PUT", url: `/api/notes/topics/${id}`, payload: { text } });

  it("returns a topic with its rendered lesson, math included, and its resources", async () => {
    const linearAlgebra = await topic("linear-algebra");
    expect(linearAlgebra.title).toMatch(/linear algebra/i);
    expect(linearAlgebra.stage).toEqual({ id: "math-foundations", order: 2, title: expect.any(String) });
    expect(linearAlgebra.lesson.wordCount).toBeGreaterThanOrEqual(250);
    expect(linearAlgebra.lesson.html).toContain('class="katex"');
    expect(linearAlgebra.resources.length).toBeGreaterThan(0);
    expect(linearAlgebra.stageResources.map((resource) => resource.url)).toContain("https://www.khanacademy.org/");
    expect(linearAlgebra.status).toBe("todo");
    expect(linearAlgebra.note).toEqual({ text: "", updatedAt: null });
  });

  it("links topics in roadmap order across stages", async () => {
    const lastOfStageOne = await topic("ai-engineer-role");
    expect(lastOfStageOne.next?.id).toBe("linear-algebra");
    expect((await topic("what-is-ai-engineering")).previous).toBeNull();
    // The roadmap's last topic leads on to the stage beyond it, whose last topic ends the path.
    expect((await topic("networking")).next?.id).toBe("attention-transformers");
    expect((await topic("llm-applications")).next).toBeNull();
  });

  it("points each of the seed's three project topics at its competition", async () => {
    expect((await topic("stock-price-forecasting")).projects.map((project) => project.id)).toEqual(["sp500-forecast"]);
    expect((await topic("image-classification")).projects.map((project) => project.id)).toEqual(["digit-recognizer"]);
    expect((await topic("sentiment-analysis")).projects.map((project) => project.id)).toEqual(["review-sentiment"]);
    expect((await topic("embeddings-vector-search")).projects.map((project) => project.id)).toEqual(["lesson-search"]);
    expect((await topic("linear-algebra")).projects).toEqual([]);
  });

  it("shows the status of each prerequisite", async () => {
    await server.app.inject({ method: "PUT", url: "/api/progress/topics/linear-algebra", payload: { status: "done" } });
    const calculus = await topic("calculus");
    expect(calculus.prerequisites).toContainEqual({ id: "linear-algebra", title: expect.any(String), status: "done" });
  });

  it("saves a private note, replaces it, and deletes it when emptied", async () => {
    expect((await putNote("calculus", "first")).statusCode).toBe(200);
    expect((await putNote("calculus", "second thoughts")).statusCode).toBe(200);
    expect((await topic("calculus")).note.text).toBe("second thoughts");
    expect((await putNote("calculus", "")).statusCode).toBe(200);
    expect((await topic("calculus")).note).toEqual({ text: "", updatedAt: null });
  });

  it("accepts a note of exactly 20,000 characters and refuses one longer, keeping the old note", async () => {
    expect((await putNote("docker", "y".repeat(20_000))).statusCode).toBe(200);
    const response = await putNote("docker", "z".repeat(20_001));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/at most 20,000 characters/);
    expect((await topic("docker")).note.text).toBe("y".repeat(20_000));
  });

  it("refuses a note that is not text", async () => {
    const response = await putNote("docker", 42);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^body\.text/);
  });

  it("answers unknown topics and stages with 404 JSON", async () => {
    for (const url of ["/api/topics/nope", "/api/stages/nope"]) {
      const response = await server.app.inject({ method: "GET", url });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/json/);
      expect(response.json().message).toMatch(/"nope"/);
    }
    expect((await putNote("nope", "text")).statusCode).toBe(404);
  });

  it("answers unknown API routes with 404 JSON that points to the docs", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/\/api\/docs/);
  });

  it("returns a stage with outcomes, topics and neighbours", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/stages/deployment" });
    expect(response.statusCode).toBe(200);
    const stage = response.json<StageResponse>();
    expect(stage.order).toBe(8);
    expect(stage.outcomes.length).toBeGreaterThan(0);
    expect(stage.topics.map((item) => item.id)).toEqual(["web-frameworks", "docker", "cloud-platforms"]);
    expect(stage.previous?.id).toBe("projects");
    expect(stage.next?.id).toBe("portfolio-networking");
  });
});
