import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateNotebook } from "../../../core/test-support/notebook-python.js";
import { NotebookFileSchema } from "../../../shared/content/index.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("project notebooks on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const notebookOf = (id: string) => server.app.inject({ method: "GET", url: `/api/projects/${id}/notebook` });

  it("downloads a project as a valid notebook: the brief and steps, then the starter that writes submission.csv", async () => {
    const response = await notebookOf("sp500-forecast");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/x-ipynb+json; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="sp500-forecast.ipynb"');
    validateNotebook(response.body);
    const notebook = NotebookFileSchema.parse(JSON.parse(response.body));
    expect(notebook.metadata.stepwise).toEqual({ project: "sp500-forecast" });
    expect(notebook.cells[0]?.source).toMatch(/^# Forecast the S&P 500[\s\S]*## Steps/);
    expect(notebook.cells.map((cell) => cell.metadata.stepwise.role)).toContain("submit");
  });

  it("answers an unknown project with 404 and says where the list is", async () => {
    const missing = await notebookOf("nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('There is no project "nope". GET /api/projects lists them.');
  });
});
