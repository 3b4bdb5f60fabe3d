import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { ExerciseFileSchema, type Exercise } from "../../shared/content/index.js";
import { MathRenderError, renderMarkdown } from "../../shared/markdown/index.js";
import { readText, readYamlFile, type IssueLog } from "./read-content-file.js";

/** Reads one exercise folder: metadata, instructions, starter, solution, tests and hidden tests. */
export function loadExercise(folder: string, stageId: string, log: IssueLog): Exercise | undefined {
  const metaPath = join(folder, "exercise.yaml");
  const meta = readYamlFile(ExerciseFileSchema, metaPath, log);
  if (!meta) return undefined;
  if (meta.id !== basename(folder)) {
    log.add(metaPath, "id", `is "${meta.id}" but the folder is named ${basename(folder)}; make them equal`);
    return undefined;
  }
  const module = meta.module ?? meta.id.replace(/-/g, "_");
  const testFilename = `test_${module}.py`;
  if (!existsSync(join(folder, testFilename))) {
    log.add(join(folder, testFilename), "(file)", `is missing: the tests of module "${module}" must be in ${testFilename}`);
    return undefined;
  }
  const readmePath = join(folder, "README.md");
  const [readme, starter, solution, tests] = [readmePath, join(folder, "starter.py"), join(folder, "solution.py"), join(folder, testFilename)].map(
    (path) => readText(path, log),
  );
  if (readme === undefined || starter === undefined || solution === undefined || tests === undefined) return undefined;
  const hiddenFilename = `hidden_test_${module}.py`;
  const hiddenSource = existsSync(join(folder, hiddenFilename)) ? readText(join(folder, hiddenFilename), log) : null;
  if (hiddenSource === undefined) return undefined;
  // The page and the downloaded README show the title themselves; drop a leading "# Title".
  const instructions = readme.replace(/^\s*#\s[^\n]*\n+/, "").trim();
  let html: string;
  try {
    html = renderMarkdown(instructions);
  } catch (error) {
    log.add(readmePath, "(file)", error instanceof MathRenderError ? error.describe() : `cannot be rendered: ${String(error)}`);
    return undefined;
  }
  return {
    id: meta.id,
    title: meta.title,
    topicId: meta.topic,
    stageId,
    difficulty: meta.difficulty,
    module,
    requires: meta.requires,
    timeLimitMs: meta.time_limit_ms,
    memoryLimitMb: meta.memory_limit_mb ?? null,
    datasets: meta.datasets,
    hints: meta.hints,
    instructions: { markdown: instructions, html },
    starter,
    solution,
    tests: { filename: testFilename, source: tests },
    hiddenTests: hiddenSource === null ? null : { filename: hiddenFilename, source: hiddenSource },
    folder,
  };
}
