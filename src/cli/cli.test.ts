import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../core/project-root.js";
import type { GradingResult } from "../shared/grading/result.js";
import { UNREACHABLE } from "./test-support/run-stepwise.js";

const BIN = join(PROJECT_ROOT, "bin/stepwise.mjs");
const work = mkdtempSync(join(tmpdir(), "stepwise-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function stepwise(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, STEPWISE_URL: UNREACHABLE },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const solutionOf = (stage: string, id: string) => join(PROJECT_ROOT, "content/stages", stage, "exercises", id, "solution.py");

// Each case starts the CLI (tsx) once or more; on a loaded two-core machine that takes seconds.
describe("the stepwise command", { timeout: 90_000 }, () => {
  it("lists the exercises as JSON with id, title, topic and requires", () => {
    const { code, stdout } = stepwise("exercise", "list", "--json");
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; title: string; topic: string; requires: string[] }[];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.find((row) => row.id === "power-iteration")).toMatchObject({ topic: "linear-algebra", requires: ["numpy"] });
  });

  it("downloads an exercise, fails the starter, passes the solution, and refuses to overwrite", () => {
    expect(stepwise("exercise", "download", "dot-product", "dot").code).toBe(0);
    const starter = stepwise("test", "dot");
    expect(starter.code).toBe(1);
    expect(starter.stdout).toMatch(/NotImplementedError/);
    expect(starter.stdout).toMatch(/Not recorded: cannot reach Stepwise at http:\/\/127\.0\.0\.1:9\b.*graded here only/);

    copyFileSync(solutionOf("02-math-foundations", "dot-product"), join(work, "dot", "dot_product.py"));
    // Editing the local tests changes nothing: the tests come from Stepwise.
    writeFileSync(join(work, "dot", "test_dot_product.py"), "def test_nothing():\n    assert False\n");
    const solved = stepwise("test", "dot", "--json");
    expect(solved.code).toBe(0);
    const result = JSON.parse(solved.stdout) as GradingResult;
    expect(result.status).toBe("pass");
    expect(result.tests.length).toBeGreaterThanOrEqual(4);

    const again = stepwise("exercise", "download", "dot-product", "dot");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has .*--force/);
    expect(readFileSync(join(work, "dot", "dot_product.py"), "utf8")).toBe(
      readFileSync(solutionOf("02-math-foundations", "dot-product"), "utf8"),
    );
  });

  it("downloads an exercise as a notebook and grades the notebook's exercise cell", () => {
    expect(stepwise("exercise", "download", "dot-product", "nb", "--notebook").code).toBe(0);
    expect(readdirSync(join(work, "nb")).sort()).toEqual([".stepwise-exercise.json", "dot-product.ipynb"]);
    const starter = stepwise("test", "nb");
    expect(starter.code).toBe(1);
    expect(starter.stdout).toMatch(/NotImplementedError/);

    const path = join(work, "nb", "dot-product.ipynb");
    const notebook = JSON.parse(readFileSync(path, "utf8")) as {
      cells: { source: string; metadata: { stepwise: { role: string } } }[];
    };
    const cell = notebook.cells.find((item) => item.metadata.stepwise.role === "exercise");
    if (!cell) throw new Error("expected an exercise cell");
    cell.source = readFileSync(solutionOf("02-math-foundations", "dot-product"), "utf8");
    writeFileSync(path, JSON.stringify(notebook));
    const solved = stepwise("test", path, "--json");
    expect(solved.code).toBe(0);
    expect((JSON.parse(solved.stdout) as GradingResult).status).toBe("pass");
    expect(solved.stderr).not.toMatch(/earlier version/);

    // A notebook made before the exercise's tests changed is still graded with the current tests,
    // and the learner is told that its own test cell is out of date.
    const stale = JSON.parse(readFileSync(path, "utf8")) as { metadata: { stepwise: { version: string } } };
    stale.metadata.stepwise.version = "00000000";
    writeFileSync(path, JSON.stringify(stale));
    const old = stepwise("test", path, "--json");
    expect(old.code).toBe(0);
    expect(old.stderr).toMatch(
      /was made from an earlier version of this exercise's tests.*stepwise exercise download dot-product --notebook/,
    );

    const project = stepwise("test", join(PROJECT_ROOT, "content/projects/sp500-forecast/starter.ipynb"));
    expect(project.code).toBe(2);
    expect(project.stderr).toMatch(/is a notebook of project "sp500-forecast".*stepwise submit/);
    writeFileSync(join(work, "broken.ipynb"), "{");
    expect(stepwise("test", join(work, "broken.ipynb")).stderr).toMatch(/is not a notebook \(not JSON/);
  });

  it("downloads an exercise without its hidden tests", () => {
    expect(stepwise("exercise", "download", "bayes-rule", "bayes").code).toBe(0);
    const files = readdirSync(join(work, "bayes"), { recursive: true }).map(String);
    expect(files).toContain("test_bayes_rule.py");
    expect(files.filter((file) => file.includes("hidden"))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith(".py") || name.endsWith(".md") || name.endsWith(".json"))) {
      expect(readFileSync(join(work, "bayes", file), "utf8")).not.toContain("test_a_grid_of_priors");
    }
  });

  it("grades any file with --exercise and --file on pyodide, with the exit code telling pass from fail", () => {
    const file = join(work, "bayes.py");
    copyFileSync(solutionOf("02-math-foundations", "bayes-rule"), file);
    const passed = stepwise("test", "--exercise", "bayes-rule", "--file", file, "--runtime", "pyodide", "--json");
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({ status: "pass", runtime: "pyodide" });
    writeFileSync(file, "def posterior(prior, sensitivity, specificity):\n    return prior\n");
    const failed = stepwise("test", "--exercise", "bayes-rule", "--file", file, "--runtime", "pyodide", "--json");
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).status).not.toBe("pass");
  });

  it("grades an exercise from its own files alone: a broken file elsewhere in the content does not stop it, its own does", () => {
    const content = join(work, "content-copy");
    cpSync(join(PROJECT_ROOT, "content"), content, { recursive: true });
    const withContent = (...args: string[]) => {
      const result = spawnSync(process.execPath, [BIN, ...args], {
        cwd: work,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, STEPWISE_URL: UNREACHABLE, STEPWISE_CONTENT_DIR: content },
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const file = join(work, "bayes-own-files.py");
    copyFileSync(solutionOf("02-math-foundations", "bayes-rule"), file);
    writeFileSync(join(content, "stages", "02-math-foundations", "topics", "calculus.md"), "---\nid: [not, a, lesson\n---\n");
    expect(withContent("exercise", "list").code).toBe(2);
    const graded = withContent("test", "--exercise", "bayes-rule", "--file", file, "--offline", "--json");
    expect(graded.code).toBe(0);
    expect(JSON.parse(graded.stdout)).toMatchObject({ status: "pass" });

    const ownFile = join(content, "stages", "02-math-foundations", "exercises", "bayes-rule", "exercise.yaml");
    writeFileSync(ownFile, readFileSync(ownFile, "utf8").replace("difficulty: 2", "difficulty: hard"));
    const broken = withContent("test", "--exercise", "bayes-rule", "--file", file, "--offline");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/bayes-rule\/exercise\.yaml: difficulty: .*\n.*stepwise content check/s);
    expect(withContent("test", "--exercise", "../02-math-foundations", "--file", file).stderr).toMatch(
      /There is no exercise "\.\.\/02-math-foundations"/,
    );
  });

  it("grades in the sandbox with --runtime sandbox, where hostile code reads nothing of this machine", () => {
    const file = join(work, "bayes-sandboxed.py");
    copyFileSync(solutionOf("02-math-foundations", "bayes-rule"), file);
    const passed = stepwise("test", "--exercise", "bayes-rule", "--file", file, "--runtime", "sandbox", "--offline", "--json");
    expect(passed.code, passed.stderr).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({ status: "pass", runtime: "sandbox" });
    writeFileSync(file, `import os\nprint("sees", os.path.exists(${JSON.stringify(work)}))\n` + readFileSync(file, "utf8"));
    const probing = JSON.parse(
      stepwise("test", "--exercise", "bayes-rule", "--file", file, "--runtime", "sandbox", "--offline", "--json").stdout,
    ) as { output: string };
    expect(probing.output).toContain("sees False");
  });

  it.each([
    [["test", "--exercise", "no-such-exercise", "--file", "x.py"], /no exercise "no-such-exercise"/],
    [["test", "--runtime", "java"], /--runtime must be "native", "pyodide" or "sandbox"/],
    [["test", "--exercise", "dot-product"], /--exercise and --file go together/],
    [["test", "."], /not a downloaded exercise/],
    [["exercise", "download"], /Which exercise\?/],
    [["exercise", "list", "--colour"], /Unknown option '--colour'/],
    [["fly"], /unknown command "fly"/],
  ])("answers %j with a clear message and exit code 2", (args, message) => {
    const { code, stderr } = stepwise(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it.each([
    ["project", ["project list", "project download"]],
    ["exercise", ["exercise list", "exercise download", "exercise check"]],
    ["datasets", ["datasets list", "datasets download"]],
    ["content", ["content check", "content report"]],
  ])("prints the %s group's commands when called without one", (group, members) => {
    for (const args of [[group], [group, "--help"]]) {
      const { code, stdout } = stepwise(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: stepwise ${group} <command>`));
      for (const member of members) expect(stdout).toContain(member);
      expect(stdout).not.toContain("submit");
    }
  });

  it("names an unknown command of a group and lists the group's commands", () => {
    const { code, stderr } = stepwise("project", "fly");
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "project fly"/);
    expect(stderr).toContain("project download");
  });

  it("scores two id,value files with a metric, matching rows by id", () => {
    writeFileSync(join(work, "truth.csv"), "id,label\na,1\nb,0\nc,1\nd,0\n");
    writeFileSync(join(work, "pred.csv"), "id,p\nd,0.8\nc,0.7\nb,0.4\na,0.9\n");
    const auc = stepwise("metrics", "roc-auc", "--truth", "truth.csv", "--pred", "pred.csv", "--json");
    expect(auc.code).toBe(0);
    expect(JSON.parse(auc.stdout)).toEqual({ metric: "roc-auc", value: 0.75 });
    writeFileSync(join(work, "short.csv"), "id,p\na,1\nb,0\n");
    const missing = stepwise("metrics", "accuracy", "--truth", "truth.csv", "--pred", "short.csv");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no row for id "c"/);
  });

  it.each([
    ["--help"],
    ["exercise", "list", "--help"],
    ["exercise", "download", "--help"],
    ["exercise", "check", "--help"],
    ["test", "--help"],
    ["content", "check", "--help"],
    ["content", "report", "--help"],
    ["metrics", "--help"],
  ])("shows help for %j", (...command) => {
    const { code, stdout } = stepwise(...command);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: stepwise/);
  });
});
