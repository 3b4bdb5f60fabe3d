import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotebookFileSchema } from "../../../shared/content/index.js";
import { exerciseCode } from "../../../shared/notebooks/exercise-notebook.js";
import { validateAndRunNotebook as validateAndRun } from "../../../core/test-support/notebook-python.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("exercise notebooks on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const exercise = testCurriculum().exercisesById.get("dot-product");
  const notebookOf = (url: string) => server.app.inject({ method: "GET", url });

  it("downloads an exercise as a valid nbformat 4.5 notebook whose test cell fails the starter and passes the solution", async () => {
    const response = await notebookOf("/api/exercises/dot-product/notebook");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/x-ipynb\+json/);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="dot-product.ipynb"');
    const notebook = NotebookFileSchema.parse(JSON.parse(response.body));
    expect(notebook.metadata.stepwise).toEqual({ exercise: "dot-product", version: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(notebook.cells.map((cell) => `${cell.cell_type}:${cell.metadata.stepwise.role}`)).toEqual([
      "markdown:intro",
      "code:exercise",
      "markdown:tests",
      "code:tests",
    ]);
    expect(notebook.cells[0]?.source).toContain(`# ${exercise?.title}`);
    expect(exerciseCode(notebook)).toBe(exercise?.starter.trimEnd());

    const tests = (exercise?.tests.source.match(/^def test_/gm) ?? []).length;
    expect(validateAndRun(response.body)).toContain(`0 of ${tests} tests passed.`);
    const solved = JSON.parse(response.body) as { cells: { source: string }[] };
    (solved.cells[1] as { source: string }).source = exercise?.solution ?? "";
    expect(validateAndRun(JSON.stringify(solved))).toContain(`All ${tests} tests passed.`);
  });

  it("carries the learner's saved code unless the starter is asked for, and never the hidden tests", async () => {
    const code = "def dot(u, v):\n    return 0  # my attempt\n";
    expect(
      (await server.app.inject({ method: "PUT", url: "/api/exercises/dot-product/draft", payload: { code } })).statusCode,
    ).toBe(200);
    const mine = NotebookFileSchema.parse(JSON.parse((await notebookOf("/api/exercises/dot-product/notebook")).body));
    expect(exerciseCode(mine)).toBe(code.trimEnd());
    const fresh = NotebookFileSchema.parse(
      JSON.parse((await notebookOf("/api/exercises/dot-product/notebook?code=starter")).body),
    );
    expect(exerciseCode(fresh)).toBe(exercise?.starter.trimEnd());
    const bayes = await notebookOf("/api/exercises/bayes-rule/notebook");
    expect(bayes.body).not.toContain("hidden_test_");
    expect(bayes.body).not.toContain("test_a_grid_of_priors_sensitivities_and_specificities");
  });

  it("answers an unknown exercise with 404 and an unknown code choice with 400", async () => {
    const missing = await notebookOf("/api/exercises/nope/notebook");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/no exercise "nope"/);
    const bad = await notebookOf("/api/exercises/dot-product/notebook?code=mine");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/draft.*starter/);
  });
});
