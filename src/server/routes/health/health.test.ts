import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("health, FAQ and API docs on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());

  it("reports ok with the version and the database in use", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/), database: dialect });
  });

  it("serves the OpenAPI document with every route", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/roadmap",
        "/api/stages/{stageId}",
        "/api/topics/{topicId}",
        "/api/progress",
        "/api/progress/topics/{topicId}",
        "/api/progress/export",
        "/api/progress/import",
        "/api/notes/topics/{topicId}",
        "/api/faq",
        "/api/models",
        "/api/models/{name}/versions",
        "/api/models/{name}/predict",
        "/v2/models/{name}/versions/{version}/infer",
        "/metrics",
      ]),
    );
  });

  it("serves the roadmap's five FAQ answers and its dataset, deployment and networking lists", async () => {
    const faq = (await server.app.inject({ method: "GET", url: "/api/faq" })).json();
    expect(faq.questions).toHaveLength(5);
    expect(faq.questions[0].question).toMatch(/degree/i);
    expect(faq.datasetSources.map((source: { url: string }) => source.url)).toEqual([
      "https://www.kaggle.com/datasets",
      "https://archive.ics.uci.edu/ml/index.php",
      "https://datasetsearch.research.google.com/",
    ]);
    expect(faq.deploymentTools.map((tool: { name: string }) => tool.name)).toEqual(
      expect.arrayContaining(["Flask", "Django", "Docker"]),
    );
    expect(faq.networkingPlatforms).toHaveLength(3);
  });
});
