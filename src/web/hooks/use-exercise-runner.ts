import { useCallback, useEffect, useState, type RefObject } from "react";
import type { AttemptResponse, ExerciseResponse, PythonSettingsResponse } from "../../shared/api/index.js";
import { NATIVE_ONLY_PACKAGES, type ExercisePackage } from "../../shared/content/exercise-packages.js";
import type { GradingResult } from "../../shared/grading/result.js";
import type { AttemptVerification } from "../../shared/grading/verification.js";
import { useAttemptVerdict, usePythonSettings, useRecordAttempt } from "../api/queries.js";
import { browserPython, type PythonState } from "../python/browser-python.js";
import { fetchDataFiles } from "../python/fetch-data-files.js";
import { useBrowserPython } from "./use-browser-python.js";

export type RuntimeChoice = "browser" | "native" | "sandbox";
const CHOICES: readonly RuntimeChoice[] = ["browser", "native", "sandbox"];
const RUNTIME_KEY = "stepwise-runtime";

/**
 * Where a run goes: the learner's choice where the server allows it; an exercise the browser cannot
 * run (PyTorch, or packages this browser failed to load) goes to the learner's Python, else the
 * server's sandbox; anything else to the browser.
 */
function resolveRuntime(
  choice: RuntimeChoice,
  browserCannotRun: boolean,
  nativeAllowed: boolean,
  sandboxAllowed: boolean,
): RuntimeChoice {
  if (choice === "native" && nativeAllowed) return "native";
  if (choice === "sandbox" && sandboxAllowed) return "sandbox";
  if (browserCannotRun) return nativeAllowed ? "native" : sandboxAllowed ? "sandbox" : "browser";
  return "browser";
}

/** Everything a screen needs to run an exercise's tests: where it runs, what stands in the way, and the last run. */
export interface ExerciseRunner {
  readonly python: PythonState;
  readonly settings: PythonSettingsResponse | undefined;
  readonly nativeAllowed: boolean;
  /** The server grades in its sandbox (STEPWISE_SANDBOX=on): verified results, any package its Python has. */
  readonly sandboxAllowed: boolean;
  /** PyTorch has no browser build: such an exercise runs on the learner's Python, the server's sandbox, or not at all. */
  readonly nativeOnly: boolean;
  readonly runtime: RuntimeChoice;
  chooseRuntime(choice: RuntimeChoice): void;
  /** Run would find no Python yet (still loading, or failed). */
  readonly pythonBusy: boolean;
  /**
   * Why there is no editor to run yet: "checking" while the server has not said whether it runs Python
   * (for an exercise only it can run), "cannot-run" for a PyTorch exercise on a server that does not.
   */
  readonly blocked: "checking" | "cannot-run" | null;
  /** Packages the browser cannot load for this exercise, said before Run. */
  readonly browserPackageProblem: string | null;
  /**
   * On a Stepwise that grades in its sandbox: the exercise's packages when the browser could not load
   * them, so Run goes to the sandbox; else empty.
   */
  readonly sandboxForPackages: readonly ExercisePackage[];
  /** Packages the exercise needs that the learner's own Python lacks. */
  readonly missingPackages: readonly ExercisePackage[];
  readonly running: boolean;
  readonly result: GradingResult | null;
  readonly runError: string | null;
  readonly attempts: number;
  readonly solved: boolean;
  /** On a shared Stepwise that grades in its sandbox: where the last attempt's verification stands. */
  readonly verification: AttemptVerification | null;
  run(): Promise<void>;
  stop(): void;
}

/**
 * Runs an exercise's tests on the learner's chosen Python (the browser's, or their own through the
 * server) and records every run as an attempt of the exercise. `code` holds what the editor shows;
 * `beforeRun` (stable across renders) runs first, e.g. to save a draft. Ctrl/Cmd+Enter runs from
 * anywhere on the page and Esc stops a run in the browser while the screen is mounted.
 */
export function useExerciseRunner(exercise: ExerciseResponse, code: RefObject<string>, beforeRun?: () => void): ExerciseRunner {
  const python = useBrowserPython();
  const settings = usePythonSettings();
  const nativeAllowed = settings.data?.serverPython.enabled ?? false;
  const sandboxAllowed = settings.data?.sandbox.enabled ?? false;
  const [choice, setChoice] = useState<RuntimeChoice>(
    () => CHOICES.find((name) => name === localStorage.getItem(RUNTIME_KEY)) ?? "browser",
  );
  const nativeOnly = exercise.requires.some((name) => NATIVE_ONLY_PACKAGES.includes(name));
  // Known before Run: packages the browser cannot load for this exercise (asked once Python is up).
  const [browserPackageProblem, setBrowserPackageProblem] = useState<string | null>(null);
  // A shared Stepwise that grades in its sandbox runs every exercise there that the browser cannot
  // (numpy and friends offline or behind a locked-down network), so a cohort needs no Python of its own.
  const sandboxForPackages = sandboxAllowed && !nativeOnly && browserPackageProblem !== null ? exercise.requires : [];
  const runtime = resolveRuntime(choice, nativeOnly || sandboxForPackages.length > 0, nativeAllowed, sandboxAllowed);
  // Whether the browser was the runtime before its packages were tried: the question is asked there, once.
  const browserChosen = resolveRuntime(choice, nativeOnly, nativeAllowed, sandboxAllowed) === "browser";
  // "idle" is the moment before loading starts: Run would find no Python yet.
  const pythonBusy =
    runtime === "browser" && (python.phase === "idle" || python.phase === "loading" || python.phase === "failed");
  // Decided once the server has said whether it runs Python, so the notice never flashes on one that does.
  const blocked = !nativeOnly || nativeAllowed || sandboxAllowed ? null : settings.isPending ? "checking" : "cannot-run";
  const chooseRuntime = useCallback((next: RuntimeChoice) => {
    setChoice(next);
    localStorage.setItem(RUNTIME_KEY, next);
  }, []);

  const browserReady = browserChosen && python.phase === "ready";
  useEffect(() => {
    if (!browserReady || exercise.requires.length === 0) return;
    let current = true;
    void browserPython.prepare(exercise.requires).then((problem) => current && setBrowserPackageProblem(problem));
    return () => {
      current = false;
    };
  }, [browserReady, exercise.requires]);
  // The packages it needs that the learner's own Python lacks.
  const serverPackages = settings.data?.serverPython.packages ?? null;
  const missingPackages = serverPackages ? exercise.requires.filter((name) => serverPackages[name] === null) : [];

  const [running, setRunning] = useState(false);
  const [ownResult, setResult] = useState<GradingResult | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(exercise.attempts.count);
  const [ownSolved, setSolved] = useState(exercise.solved);
  const recordAttempt = useRecordAttempt(exercise.id);
  const latest = exercise.attempts.latest;
  const [ownVerification, setVerification] = useState<AttemptVerification | null>(latest?.verification ?? null);
  // The last attempt while a grading worker verifies it; its verdict, once in, is what the page shows.
  const [followedId, setFollowedId] = useState<string | null>(latest?.verification === "verifying" ? latest.id : null);
  const verdict = useAttemptVerdict(exercise.id, followedId);
  const result = verdict?.result ?? ownResult;
  const solved = verdict?.solved ?? ownSolved;
  const verification = verdict?.attempt.verification ?? ownVerification;
  const follow = useCallback((recorded: AttemptResponse) => {
    setSolved(recorded.solved);
    setVerification(recorded.attempt.verification);
    setFollowedId(recorded.attempt.verification === "verifying" ? recorded.attempt.id : null);
  }, []);

  const run = useCallback(async () => {
    if (running) return;
    setRunning(true);
    setRunError(null);
    // A new run: the last attempt's verdict no longer stands for what the page shows.
    setFollowedId(null);
    const submitted = code.current;
    beforeRun?.();
    try {
      if (runtime !== "browser") {
        // Graded by the server: the learner's own Python (local mode) or its sandbox.
        const recorded = await recordAttempt.mutateAsync({ runtime, code: submitted });
        setResult(recorded.result);
        follow(recorded);
      } else {
        const dataFiles = await fetchDataFiles(exercise.dataFiles);
        const outcome = await browserPython.run(
          {
            learnerSource: submitted,
            module: exercise.module,
            testSource: exercise.tests.source,
            testFilename: exercise.tests.filename,
            timeLimitMs: exercise.timeLimitMs,
            ...(dataFiles.length > 0 ? { dataFiles } : {}),
          },
          exercise.requires,
        );
        setResult(outcome);
        follow(await recordAttempt.mutateAsync({ runtime: "browser", code: submitted, result: outcome }));
      }
      setAttempts((count) => count + 1);
    } catch (error) {
      setRunError(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  }, [running, runtime, recordAttempt, exercise, code, beforeRun, follow]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && running && runtime === "browser") browserPython.stop();
      // Ctrl/Cmd+Enter runs from anywhere on the page; in the editor, CodeMirror has handled it already.
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented && !pythonBusy) {
        event.preventDefault();
        void run();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [running, runtime, run, pythonBusy]);

  return {
    python,
    settings: settings.data,
    nativeAllowed,
    sandboxAllowed,
    nativeOnly,
    runtime,
    chooseRuntime,
    pythonBusy,
    blocked,
    browserPackageProblem,
    sandboxForPackages,
    missingPackages,
    running,
    result,
    runError,
    attempts,
    solved,
    verification,
    run,
    stop: () => browserPython.stop(),
  };
}
