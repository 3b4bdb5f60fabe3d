import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Exercise } from "../../shared/content/index.js";
import type { GradingResult } from "../../shared/grading/result.js";
import { exerciseDataFiles } from "../../core/datasets/exercise-data-files.js";
import { exerciseJob } from "../../runner/exercise-job.js";
import { createNativeRuntime } from "../../runner/native/native-runtime.js";
import type { PythonRuntime } from "../../runner/python-runtime.js";
import { createPyodideRuntime } from "../../runner/pyodide/pyodide-runtime.js";
import { createSandboxRuntime } from "../../runner/sandbox/sandbox-runtime.js";
import { sandboxProblem, sandboxUsers } from "../../runner/sandbox/sandbox-host.js";
import { SERVER_RUNTIMES, type ServerRuntimeName } from "../../shared/api/exercises.js";
import { readExerciseMarker } from "../exercise-folder.js";
import { exerciseVersion } from "../../shared/notebooks/exercise-version.js";
import { type Recording, recordOnServer } from "../record-attempt.js";
import { serverUrl } from "../server-url.js";
import { readNotebookSubmission, type NotebookSubmission } from "../notebook-submission.js";
import { cliExercise } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import { cliCacheDir } from "../cache-dir.js";
import { pythonInterpreter } from "../python-interpreter.js";
import type { Command } from "../command.js";

const SYMBOL = { pass: "✓", fail: "✗", error: "!" } as const;

/** The result as a person reads it in a terminal. */
export function formatResult(title: string, result: GradingResult): string {
  const lines = [`${title} — ${result.runtime}, ${result.durationMs} ms`];
  if (result.output)
    lines.push(
      "  printed while loading:",
      ...result.output
        .trimEnd()
        .split("\n")
        .map((line) => `    | ${line}`),
    );
  for (const test of result.tests) {
    lines.push(`  ${SYMBOL[test.status]} ${test.name}`);
    if (test.message) lines.push(...test.message.split("\n").map((line) => `      ${line}`));
    if (test.output && test.status !== "pass")
      lines.push(
        ...test.output
          .trimEnd()
          .split("\n")
          .map((line) => `      | ${line}`),
      );
  }
  lines.push("", result.message);
  return lines.join("\n");
}

/**
 * What to grade: a file named with --exercise and --file, a notebook, or a folder made by
 * `stepwise exercise download` (holding <module>.py, or the notebook when downloaded with --notebook).
 */
function submission(
  values: { exercise?: string | undefined; file?: string | undefined },
  target: string | undefined,
  find: (exerciseId: string) => Exercise,
): NotebookSubmission & { readonly notebook?: string; readonly server?: string } {
  if (values.exercise || values.file) {
    if (!values.exercise || !values.file)
      throw new UsageError("--exercise and --file go together: stepwise test --exercise <id> --file <path>");
    // An unknown exercise is the first thing to say, before whether the file exists.
    return { exerciseId: find(values.exercise).id, code: readSource(resolve(values.file)) };
  }
  if (target?.endsWith(".ipynb")) return { ...readNotebookSubmission(resolve(target)), notebook: target };
  const dir = resolve(target ?? ".");
  const { exerciseId, server } = readExerciseMarker(dir);
  const remembered = server === undefined ? {} : { server };
  const file = join(dir, `${find(exerciseId).module}.py`);
  const notebook = join(dir, `${exerciseId}.ipynb`);
  if (!existsSync(file) && existsSync(notebook)) return { ...readNotebookSubmission(notebook), notebook, ...remembered };
  return { exerciseId, code: readSource(file), ...remembered };
}

function readSource(file: string): string {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist.`);
  return readFileSync(file, "utf8");
}

/** What happened to the attempt on the learner's Stepwise, in one line. */
function recordingLine(recording: Recording): string {
  if (!recording.recorded) return `\nNot recorded: ${recording.reason} It was graded here only.`;
  const { response } = recording;
  if (response.attempt.verification === "verifying")
    return "\nRecorded on your Stepwise, which verifies it in its sandbox: the exercise page shows the verdict in a moment.";
  const verdict = response.newlySolved
    ? "solved ✓ — a first solve"
    : response.solved
      ? "solved ✓"
      : `not solved yet (${response.result.status})`;
  return `\nRecorded on your Stepwise (graded again there): ${verdict}; ${response.topic.exercisesSolved} of ${response.topic.exercisesTotal} exercises of the topic solved.`;
}

const isServerRuntime = (name: string): name is ServerRuntimeName => (SERVER_RUNTIMES as readonly string[]).includes(name);

/** The runtime to grade with; the sandbox only where this host can make one (else a usage error saying what it lacks). */
async function startRuntime(name: ServerRuntimeName): Promise<PythonRuntime> {
  if (name === "native") return createNativeRuntime({ python: pythonInterpreter() });
  if (name === "pyodide") return createPyodideRuntime({ snapshotCacheDir: cliCacheDir() });
  const host = { python: process.env.STEPWISE_SANDBOX_PYTHON ?? "/usr/bin/python3", ...sandboxUsers() };
  const problem = await sandboxProblem(host);
  if (problem) throw new UsageError(problem);
  return createSandboxRuntime(host);
}

export const testCommand: Command = {
  help: [
    "Usage: stepwise test [dir | notebook.ipynb] [--runtime native|pyodide|sandbox] [--json]",
    "       stepwise test --exercise <id> --file <path> [--runtime native|pyodide|sandbox] [--json]",
    "",
    "Runs the exercise's tests against your code and prints each test's outcome. The first form",
    'grades <module>.py in a folder made by "stepwise exercise download" (default: the current',
    "folder), or the notebook there when it was downloaded with --notebook; given a .ipynb file, it",
    'grades the notebook\'s code cells whose role is "exercise". The tests always come from',
    "Stepwise, so editing the local test file or the notebook's test cell changes nothing.",
    "Exit code 0 only when every test passed; 1 when some did not; 2 for a usage mistake.",
    "",
    "Options:",
    "  --exercise <id>   the exercise to grade against (with --file)",
    "  --file <path>     the Python file to grade",
    "  --runtime <name>  native (your python: STEPWISE_PYTHON, default python3), pyodide, or sandbox",
    "                    (CPython under bubblewrap: STEPWISE_SANDBOX_PYTHON, docs/sandbox.md); default native",
    "  --json            print the results JSON (docs/results-format.md)",
    "  --server URL      the Stepwise to record the attempt on (default: the folder's download --server,",
    "                    else STEPWISE_URL, else http://127.0.0.1:$PORT, PORT defaulting to 3000)",
    "  --offline         grade here only; record nothing",
    "",
    "When Stepwise is running, the attempt is recorded there (it grades the code again with its own",
    "Python), so a solve in the terminal counts in the app; otherwise the line says it was not recorded.",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        exercise: { type: "string" },
        file: { type: "string" },
        runtime: { type: "string", default: "native" },
        json: { type: "boolean" },
        server: { type: "string" },
        offline: { type: "boolean" },
      },
      allowPositionals: true,
    });
    const runtimeName = values.runtime;
    if (!isServerRuntime(runtimeName)) {
      throw new UsageError(`--runtime must be "native", "pyodide" or "sandbox", not "${runtimeName}".`);
    }
    // Asked for first to name the module file, then for grading: loaded once.
    let loaded: ReturnType<typeof cliExercise> | undefined;
    const load = (id: string) => (loaded?.exercise.id === id ? loaded : (loaded = cliExercise(id)));
    const {
      exerciseId,
      code,
      version,
      notebook,
      server: remembered,
    } = submission(values, positionals[0], (id) => load(id).exercise);
    const { exercise, datasets } = load(exerciseId);
    if (notebook && version !== undefined && version !== exerciseVersion(exercise)) {
      // Grading is still right (the tests come from Stepwise); only the notebook's own test cell is stale.
      process.stderr.write(
        `Note: ${notebook} was made from an earlier version of this exercise's tests, so its test cell may disagree with this result. ` +
          `Download it again for the current tests ("stepwise exercise download ${exercise.id} --notebook" into a new folder) and copy your code across.\n`,
      );
    }
    const runtime = await startRuntime(runtimeName);
    if (!values.json && runtime.name === "pyodide") process.stderr.write("Loading Python (Pyodide)…\n");
    try {
      const result = await runtime.run(exerciseJob(exercise, code, "visible", exerciseDataFiles(exercise, datasets)));
      console.log(values.json ? JSON.stringify(result, null, 2) : formatResult(exercise.title, result));
      // The recording line goes to stderr with --json, so stdout stays the results document.
      const say = (line: string) => (values.json ? process.stderr.write(`${line}\n`) : console.log(line));
      if (values.offline) say("\nNot recorded (--offline).");
      else say(recordingLine(await recordOnServer(serverUrl(values.server, remembered), exercise.id, runtimeName, code)));
      return result.status === "pass" ? 0 : 1;
    } finally {
      await runtime.close();
    }
  },
};
