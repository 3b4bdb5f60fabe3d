import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../project-root.js";
import { ContentValidationError, type ContentIssue } from "./content-error.js";
import { loadCurriculum } from "./load-curriculum.js";

const CONTENT = join(PROJECT_ROOT, "content");
const copies: string[] = [];

/** A copy of the real content with one change applied, for checking what the loader reports. */
function contentWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "stepwise-content-"));
  copies.push(dir);
  cpSync(CONTENT, dir, { recursive: true });
  change(dir);
  return dir;
}

function edit(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found in ${path}`);
  writeFileSync(path, next);
}

function issuesOf(dir: string): ContentIssue[] {
  try {
    loadCurriculum(dir);
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.issues];
    throw error;
  }
  throw new Error("expected the content to be invalid");
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const topicFile = (dir: string, stage: string, id: string) => join(dir, "stages", stage, "topics", `${id}.md`);

describe("loadCurriculum", () => {
  it("loads the real content: the roadmap's nine stages and one beyond it, every topic with a lesson of at least 250 words", () => {
    const curriculum = loadCurriculum(CONTENT);
    expect(curriculum.stages.map((stage) => stage.beyondRoadmap)).toEqual([...Array<boolean>(9).fill(false), true]);
    expect(curriculum.faq).toHaveLength(5);
    for (const topic of curriculum.topicsById.values()) {
      expect(topic.lesson.wordCount, topic.id).toBeGreaterThanOrEqual(250);
      expect(topic.resources.length, topic.id).toBeGreaterThan(0);
    }
  });

  it("names the file, the field and the reason for a bad resource cost", () => {
    const dir = contentWith((root) => edit(join(root, "stages/02-math-foundations/stage.yaml"), "cost: free-audit", "cost: cheap"));
    expect(issuesOf(dir)).toContainEqual({
      path: expect.stringMatching(/02-math-foundations\/stage\.yaml$/),
      field: "resources.2.cost",
      reason: expect.stringMatching(/free.*free-audit.*paid.*subscription/),
    });
  });

  it("reports a formula KaTeX cannot render, with the formula", () => {
    const dir = contentWith((root) =>
      writeFileSync(topicFile(root, "02-math-foundations", "calculus"), `${readFileSync(topicFile(CONTENT, "02-math-foundations", "calculus"), "utf8")}\n\nBroken: $\\fraq{a}{b}$\n`),
    );
    expect(issuesOf(dir)).toContainEqual({
      path: expect.stringMatching(/calculus\.md$/),
      field: "lesson",
      reason: expect.stringContaining("\\fraq"),
    });
  });

  it("reports a prerequisite cycle and an unknown prerequisite", () => {
    const dir = contentWith((root) => {
      edit(topicFile(root, "02-math-foundations", "linear-algebra"), /prerequisites:.*\n/, "prerequisites: [calculus]\n");
      edit(topicFile(root, "01-ai-engineering", "what-is-ai-engineering"), /prerequisites:.*\n/, "prerequisites: [alchemy]\n");
    });
    const reasons = issuesOf(dir).map((issue) => `${issue.field}: ${issue.reason}`);
    expect(reasons).toContainEqual(expect.stringMatching(/^prerequisites: "alchemy" is not a topic id/));
    const withCycle = contentWith((root) =>
      edit(topicFile(root, "02-math-foundations", "linear-algebra"), /prerequisites:.*\n/, "prerequisites: [calculus]\n"),
    );
    expect(issuesOf(withCycle).map((issue) => issue.reason)).toContainEqual(expect.stringMatching(/cycle: .*calculus.*linear-algebra/));
  });

  it("reports a topic listed in stage.yaml whose file is missing, and a file nobody lists", () => {
    const dir = contentWith((root) => {
      edit(join(root, "stages/08-deployment/stage.yaml"), "  - docker\n", "  - docker\n  - kubernetes\n");
      writeFileSync(join(root, "stages/08-deployment/topics/stray.md"), "---\nid: stray\n---\n");
    });
    const issues = issuesOf(dir);
    expect(issues).toContainEqual({ path: expect.stringMatching(/kubernetes\.md$/), field: "(file)", reason: "file is missing" });
    expect(issues).toContainEqual({ path: expect.stringMatching(/stray\.md$/), field: "(file)", reason: expect.stringMatching(/not listed/) });
  });

  it("reports a topic id that does not match its file name, and invalid YAML with its line", () => {
    const dir = contentWith((root) => {
      edit(topicFile(root, "08-deployment", "docker"), /^id: docker$/m, "id: containers");
      writeFileSync(join(root, "faq.yaml"), "questions:\n  - question: [unclosed\n");
    });
    const issues = issuesOf(dir);
    expect(issues).toContainEqual({ path: expect.stringMatching(/docker\.md$/), field: "id", reason: expect.stringMatching(/containers.*docker\.md/) });
    expect(issues).toContainEqual({ path: expect.stringMatching(/faq\.yaml$/), field: "(file)", reason: expect.stringMatching(/not valid YAML at line \d/) });
  });

  it("loads every project's starter notebook, and reports one that is missing or does not follow the format", () => {
    for (const project of loadCurriculum(CONTENT).projects) {
      expect(project.starterNotebook.path).toBe(join(project.folder, "starter.ipynb"));
      expect(project.starterNotebook.cells.map((cell) => cell.role)).toContain("submit");
    }
    const dir = contentWith((root) => {
      unlinkSync(join(root, "projects/sp500-forecast/starter.ipynb"));
      edit(join(root, "projects/review-sentiment/starter.ipynb"), '"id": "baseline",\n', "");
      edit(join(root, "projects/digit-recognizer/starter.ipynb"), '"project": "digit-recognizer"', '"project": "sp500-forecast"');
    });
    const issues = issuesOf(dir);
    expect(issues).toContainEqual({ path: expect.stringMatching(/sp500-forecast\/starter\.ipynb$/), field: "(file)", reason: "file is missing" });
    expect(issues).toContainEqual({
      path: expect.stringMatching(/review-sentiment\/starter\.ipynb$/),
      field: expect.stringMatching(/^cells\.\d+\.id$/),
      reason: expect.stringMatching(/is missing: every cell needs an id/),
    });
    expect(issues).toContainEqual({
      path: expect.stringMatching(/digit-recognizer\/starter\.ipynb$/),
      field: "metadata.stepwise.project",
      reason: 'is "sp500-forecast" but the notebook belongs to digit-recognizer',
    });
  });

  it("refuses an exercise that reads a dataset the catalog lacks, or one downloaded on demand", () => {
    const dir = contentWith((root) => {
      const exercise = (id: string) => join(root, "stages/05-machine-learning/exercises", id, "exercise.yaml");
      edit(exercise("ridge-regression"), "requires: [numpy]", "requires: [numpy]\ndatasets: [weather-on-mars]");
      edit(exercise("roc-auc"), /^requires: (.*)$/m, "requires: $1\ndatasets: [imdb-reviews]");
    });
    const issues = issuesOf(dir);
    expect(issues).toContainEqual({
      path: expect.stringMatching(/ridge-regression\/exercise\.yaml$/),
      field: "datasets",
      reason: expect.stringMatching(/"weather-on-mars" is not a dataset/),
    });
    expect(issues).toContainEqual({
      path: expect.stringMatching(/roc-auc\/exercise\.yaml$/),
      field: "datasets",
      reason: expect.stringMatching(/downloaded on demand.*only use datasets Stepwise ships/),
    });
  });

  it("refuses readiness evidence that names what does not exist, or leaves a stage outcome without evidence", () => {
    const dir = contentWith((root) => {
      const path = join(root, "readiness.yaml");
      edit(path, "exercises: [parse-csv-line, word-frequencies, group-by-key, unique-in-order]\n        solve: 3", "exercises: [parse-csv-line, fizz-buzz]\n        solve: 3");
      edit(path, /\n {4}- evidence: \[\{ exercises: \[monthly-cost-estimate.*$/m, "");
      edit(path, "{ quiz: docker }", "{ quiz: kubernetes }");
    });
    const issues = issuesOf(dir).filter((issue) => issue.path.endsWith("readiness.yaml"));
    expect(issues).toContainEqual({ path: expect.any(String), field: "skills.0.evidence.0.solve", reason: "solve cannot ask for more exercises than the list names" });
    const fixed = contentWith((root) => {
      const path = join(root, "readiness.yaml");
      edit(path, "exercises: [parse-csv-line, word-frequencies, group-by-key, unique-in-order]", "exercises: [parse-csv-line, fizz-buzz, group-by-key, unique-in-order]");
      edit(path, /\n {4}- evidence: \[\{ exercises: \[monthly-cost-estimate.*$/m, "");
      edit(path, "{ quiz: docker }", "{ quiz: kubernetes }");
    });
    expect(issuesOf(fixed)).toEqual([
      { path: expect.stringMatching(/readiness\.yaml$/), field: "skills.0.evidence", reason: '"fizz-buzz" is not an exercise id' },
      {
        path: expect.stringMatching(/readiness\.yaml$/),
        field: "stages.deployment",
        reason: "has 2 entries but the stage lists 3 outcomes; give one per outcome, in order",
      },
      { path: expect.stringMatching(/readiness\.yaml$/), field: "stages.deployment.1.evidence", reason: '"kubernetes" is not a topic with a quiz' },
    ]);
  });
});
