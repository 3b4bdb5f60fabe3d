import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createNativeRuntime } from "../../runner/native/native-runtime.js";
import { createPyodideRuntime } from "../../runner/pyodide/pyodide-runtime.js";
import { ContentValidationError } from "../../core/content/content-error.js";
import { loadCurriculum } from "../../core/content/load-curriculum.js";
import { cliCacheDir } from "../cache-dir.js";
import { pythonInterpreter } from "../python-interpreter.js";
import type { Command } from "../command.js";
import { progressLine } from "../progress-line.js";
import { openKeyCache, openProofCache } from "../proof-cache.js";
import { runtimeEnvironments } from "../runtime-environments.js";
import { verifyExercises } from "../verify-exercises.js";
import { verifyLessonCode } from "../verify-lesson-code.js";
import { verifyNotebooks, type NotebookReport } from "../verify-notebooks.js";
import { verifyProjects } from "../verify-projects.js";

export const contentCheckCommand: Command = {
  help: [
    "Usage: stepwise content check [--dir <content dir>] [--no-run] [--no-cache] [--json]",
    "",
    "Validates the curriculum: roadmap.yaml, every stage.yaml, topic, exercise and quiz against",
    "their schemas; ids, stage order and prerequisites; every lesson's math (KaTeX). Then runs",
    "every ```python block of every lesson as written (what it prints must be what its `# ->`",
    "comments show; `# ~>` marks output that varies between library versions), and every",
    "exercise: the solution must pass",
    "every test (at least 4) and the starter must fail at least one — on",
    "Pyodide for standard-library exercises and on your Python (STEPWISE_PYTHON, default python3)",
    "for all. Builds every project's split and files and checks its sample submission validates.",
    "Runs every project's starter.ipynb beside its files (docs/notebook-format.md): it must be valid",
    "nbformat, run top to bottom, and write a submission.csv that validates and scores no worse",
    "than the leaderboard's baseline row.",
    "Exercises and notebooks proved before on the same interpreter, packages and harness, with",
    "unchanged files, are not run again (the proofs are kept in ~/.cache/stepwise/content-proofs.json",
    "and notebook-proofs.json).",
    "Prints every problem as <path>: <field>: <reason>, and how long the check took.",
    "Exit code 0 when all is well.",
    "",
    "Options:",
    "  --dir <path>  the content folder (default: $STEPWISE_CONTENT_DIR or ./content)",
    "  --no-run      validate files only; run no lesson code, exercise or notebook",
    "  --no-cache    prove every exercise and notebook again, whatever was proved before",
    "  --json        print {ok, issues, exerciseProblems, stages, topics, exercises, ...} as JSON",
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        dir: { type: "string" },
        json: { type: "boolean" },
        "no-run": { type: "boolean" },
        "no-cache": { type: "boolean" },
      },
    });
    const started = performance.now();
    const dir = resolve(values.dir ?? process.env.STEPWISE_CONTENT_DIR ?? "content");
    let curriculum;
    try {
      curriculum = loadCurriculum(dir);
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      if (values.json) console.log(JSON.stringify({ ok: false, issues: error.issues, exerciseProblems: [] }));
      else console.error(error.message);
      return 1;
    }
    const topics = [...curriculum.topicsById.values()];
    const summary = {
      stages: curriculum.stages.length,
      topics: topics.length,
      exercises: curriculum.exercisesById.size,
      resources: new Set([
        ...curriculum.stages.flatMap((stage) => stage.resources.map((resource) => resource.url)),
        ...topics.flatMap((topic) => topic.resources.map((resource) => resource.url)),
      ]).size,
      lessonWords: topics.reduce((sum, topic) => sum + topic.lesson.wordCount, 0),
    };
    let exerciseProblems: Awaited<ReturnType<typeof verifyExercises>> = [];
    let lessonProblems: Awaited<ReturnType<typeof verifyLessonCode>> = [];
    if (!values["no-run"]) {
      const progress = progressLine("running lesson code", values.json === true);
      try {
        lessonProblems = await verifyLessonCode(topics, pythonInterpreter(), progress.update);
      } finally {
        progress.done();
      }
    }
    let cached = "";
    const environments = values["no-run"] ? null : runtimeEnvironments(pythonInterpreter());
    if (environments && curriculum.exercisesById.size > 0) {
      const pyodide = createPyodideRuntime({ workers: 2, snapshotCacheDir: cliCacheDir() });
      const native = createNativeRuntime({ python: pythonInterpreter() });
      const cache = openProofCache(join(cliCacheDir(), "content-proofs.json"), environments, {
        reuse: values["no-cache"] !== true,
      });
      const progress = progressLine("running exercises", values.json === true);
      try {
        exerciseProblems = await verifyExercises(curriculum, { pyodide, native }, progress.update, cache);
      } finally {
        progress.done();
        await Promise.all([pyodide.close(), native.close()]);
      }
      cache.save();
      cached = `; ${cache.hits} exercise proofs unchanged since they last passed, not run again`;
    }
    const projectProblems = verifyProjects(curriculum);
    let notebooks: NotebookReport = { problems: [], ran: 0, runs: [], reused: 0 };
    let notebookLine = "";
    if (environments) {
      const notebooksStarted = performance.now();
      const cache = openKeyCache(join(cliCacheDir(), "notebook-proofs.json"), { reuse: values["no-cache"] !== true });
      const progress = progressLine("running notebooks", values.json === true);
      try {
        notebooks = await verifyNotebooks(curriculum, {
          python: pythonInterpreter(),
          environment: environments.native,
          onProgress: progress.update,
          cache,
        });
      } finally {
        progress.done();
      }
      cache.save();
      const seconds = ((performance.now() - notebooksStarted) / 1000).toFixed(1);
      notebookLine = `notebooks: ${notebooks.ran} run, ${notebooks.reused} unchanged since they last passed, ${notebooks.problems.length} problem${notebooks.problems.length === 1 ? "" : "s"} (${seconds} s)`;
    }
    const notebookProblems = notebooks.problems;
    const took = `content check took ${((performance.now() - started) / 1000).toFixed(1)} s${cached}`;
    const ok =
      exerciseProblems.length === 0 &&
      lessonProblems.length === 0 &&
      projectProblems.length === 0 &&
      notebookProblems.length === 0;
    if (values.json) {
      console.log(
        JSON.stringify({
          ok,
          issues: [],
          exerciseProblems,
          lessonProblems,
          projectProblems,
          notebookProblems,
          notebookRuns: notebooks.runs,
          ...summary,
        }),
      );
    } else if (ok) {
      console.log(
        `content is valid: ${summary.stages} stages, ${summary.topics} topics, ${summary.exercises} exercises, ${curriculum.projects.length} projects` +
          `${values["no-run"] ? " (not run)" : " (every solution passes, every starter fails, every lesson's code runs and prints what it shows, every starter notebook beats or ties its baseline)"}, ` +
          `${summary.resources} distinct resources, ${summary.lessonWords.toLocaleString("en")} words of lessons`,
      );
      if (notebookLine) console.log(notebookLine);
      console.log(took);
    } else {
      for (const problem of lessonProblems) {
        const topic = curriculum.topicsById.get(problem.topicId);
        console.error(`  lesson ${topic?.stageId ?? "?"}/${problem.topicId}: Python block ${problem.block} ${problem.problem}`);
      }
      for (const problem of exerciseProblems) console.error(`  ${problem.folder} [${problem.runtime}]: ${problem.problem}`);
      for (const problem of projectProblems) console.error(`  ${problem.folder}: ${problem.problem}`);
      for (const problem of notebookProblems) console.error(`  ${problem.path}: ${problem.problem}`);
      const count = lessonProblems.length + exerciseProblems.length + projectProblems.length + notebookProblems.length;
      console.error(`${count} problem(s) found.`);
      if (notebookLine) console.error(notebookLine);
      console.error(took);
    }
    return ok ? 0 : 1;
  },
};
