import { describe, expect, it } from "vitest";
import { validateNotebook } from "../../core/test-support/notebook-python.js";
import { testCurriculum } from "../../core/test-support/test-curriculum.js";
import { NotebookFileSchema, notebookCells } from "../content/index.js";
import { notebookText } from "./notebook-cells.js";
import { projectNotebook, type NotebookProject } from "./project-notebook.js";

const curriculum = testCurriculum();

describe("projectNotebook", () => {
  it.each(curriculum.projects.map((project) => [project.id, project] as const))(
    "%s: valid nbformat 4.5 with the brief and steps first, then the starter's cells unchanged",
    (_id, project) => {
      const notebook = projectNotebook(project);
      validateNotebook(notebookText(notebook));
      const parsed = NotebookFileSchema.parse(notebook);
      expect(parsed.metadata.stepwise).toEqual({ project: project.id });
      const [brief, ...rest] = notebookCells(parsed);
      expect(brief).toMatchObject({ type: "markdown", role: "intro" });
      expect(brief?.source).toMatch(new RegExp(`^# ${project.title}`));
      for (const step of project.steps) expect(brief?.source).toContain(`**${step.title}.**`);
      expect(brief?.source).toContain(`stepwise submit ${project.id} submission.csv`);
      expect(rest).toEqual(project.starterNotebook.cells);
      expect(rest.some((cell) => cell.role === "submit" && cell.source.includes("submission.csv"))).toBe(true);
    },
  );

  it("keeps cell ids unique when the starter already has a cell called brief", () => {
    const project = curriculum.projects[0] as NotebookProject;
    const clashing = {
      ...project,
      starterNotebook: {
        ...project.starterNotebook,
        cells: [
          { id: "brief", type: "markdown" as const, role: "intro" as const, source: "# Mine" },
          ...project.starterNotebook.cells,
        ],
      },
    };
    const ids = projectNotebook(clashing).cells.map((cell) => cell.id);
    expect(ids.slice(0, 2)).toEqual(["brief-2", "brief"]);
    expect(NotebookFileSchema.safeParse(projectNotebook(clashing)).success).toBe(true);
  });
});
