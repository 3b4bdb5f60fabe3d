import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { DraftChange, ExerciseResponse } from "../../shared/api/index.js";
import type { GradingResult } from "../../shared/grading/result.js";
import { NATIVE_ONLY_PACKAGES } from "../../shared/content/exercise-file.js";
import { webPaths } from "../../shared/web-paths.js";
import { useExercise, usePythonSettings, useRecordAttempt, useSaveDraft, useSolution } from "../api/queries.js";
import { CodeEditor } from "../components/CodeEditor.js";
import { DraftVersions } from "../components/DraftVersions.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { HintList } from "../components/HintList.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { NativeOnlyNotice } from "../components/NativeOnlyNotice.js";
import { PythonLoader } from "../components/PythonLoader.js";
import { QueryState } from "../components/QueryState.js";
import { TestResults } from "../components/TestResults.js";
import { useBrowserPython } from "../hooks/use-browser-python.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { browserPython } from "../python/browser-python.js";
import { fetchDataFiles } from "../python/fetch-data-files.js";
import { TopicFinished } from "../components/TopicFinished.js";
import { installHint } from "../../shared/python/install-hint.js";
import "./ExercisePage.css";

const DRAFT_DELAY_MS = 800;
/** How long the Undo of a reset stays on screen; Ctrl+Z in the editor works after that too. */
const UNDO_WINDOW_MS = 15_000;
type RuntimeChoice = "browser" | "native";
const RUNTIME_KEY = "stepwise-runtime";

function Workspace({ exercise }: { exercise: ExerciseResponse }) {
  const python = useBrowserPython();
  const settings = usePythonSettings();
  const nativeAllowed = settings.data?.serverPython.enabled ?? false;
  const [runtime, setRuntime] = useState<RuntimeChoice>(() =>
    localStorage.getItem(RUNTIME_KEY) === "native" ? "native" : "browser",
  );
  // PyTorch has no browser build: such an exercise runs on the learner's Python or not at all.
  const nativeOnly = exercise.requires.some((name) => NATIVE_ONLY_PACKAGES.includes(name));
  const effectiveRuntime: RuntimeChoice = (runtime === "native" || nativeOnly) && nativeAllowed ? "native" : "browser";
  // "idle" is the moment before loading starts: Run would find no Python yet.
  const pythonBusy =
    effectiveRuntime === "browser" && (python.phase === "idle" || python.phase === "loading" || python.phase === "failed");
  // Decided once the server has said whether it runs Python, so the notice never flashes on one that does.
  const cannotRun = nativeOnly && !settings.isPending && !nativeAllowed;
  const chooseRuntime = (choice: RuntimeChoice) => {
    setRuntime(choice);
    localStorage.setItem(RUNTIME_KEY, choice);
  };
  // Known before Run: packages the browser cannot load for this exercise (asked once Python is up)…
  const [browserPackageProblem, setBrowserPackageProblem] = useState<string | null>(null);
  const browserReady = effectiveRuntime === "browser" && python.phase === "ready";
  useEffect(() => {
    if (!browserReady || exercise.requires.length === 0) return;
    let current = true;
    void browserPython.prepare(exercise.requires).then((problem) => current && setBrowserPackageProblem(problem));
    return () => {
      current = false;
    };
  }, [browserReady, exercise.requires]);
  // …and the packages it needs that the learner's own Python lacks.
  const serverPackages = settings.data?.serverPython.packages ?? null;
  const missingPackages = serverPackages ? exercise.requires.filter((name) => serverPackages[name] === null) : [];
  const [editorSeed, setEditorSeed] = useState({ value: exercise.draft?.code ?? exercise.starter, key: 0 });
  const code = useRef(editorSeed.value);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<GradingResult | null>(null);
  const [recordError, setRecordError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(exercise.attempts.count);
  const [solved, setSolved] = useState(exercise.solved);
  const [confirmSolution, setConfirmSolution] = useState(false);
  const saveDraft = useSaveDraft(exercise.id);
  const recordAttempt = useRecordAttempt(exercise.id);
  const solution = useSolution(exercise.id);
  const draftTimer = useRef<number | undefined>(undefined);
  const [draftState, setDraftState] = useState<"saved" | "saving" | "error" | "idle">(exercise.draft ? "saved" : "idle");

  // What the next save sends; a reset or restore stays the reason even if typing follows before the save.
  const pendingDraft = useRef<{ code: string; change: DraftChange } | null>(null);
  const { mutate: mutateDraft } = saveDraft;

  /** Saves the code now if it changed since the last save. */
  const flushDraft = useCallback(() => {
    window.clearTimeout(draftTimer.current);
    const pending = pendingDraft.current;
    if (pending === null) return;
    pendingDraft.current = null;
    mutateDraft(pending, { onSuccess: () => setDraftState("saved"), onError: () => setDraftState("error") });
  }, [mutateDraft]);

  const scheduleDraft = useCallback(
    (change: DraftChange = "edit") => {
      const earlier = pendingDraft.current?.change ?? "edit";
      pendingDraft.current = { code: code.current, change: change === "edit" ? earlier : change };
      window.clearTimeout(draftTimer.current);
      setDraftState("saving");
      draftTimer.current = window.setTimeout(flushDraft, DRAFT_DELAY_MS);
    },
    [flushDraft],
  );

  // Leaving the page (another page of the app, or closing the tab) saves what was typed.
  useEffect(() => {
    const onPageHide = () => {
      const pending = pendingDraft.current;
      if (pending === null) return;
      pendingDraft.current = null;
      void fetch(`/api/exercises/${encodeURIComponent(exercise.id)}/draft`, {
        method: "PUT",
        keepalive: true,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(pending),
      });
    };
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      flushDraft();
    };
  }, [exercise.id, flushDraft]);

  const run = useCallback(async () => {
    if (running) return;
    setRunning(true);
    setRecordError(null);
    const submitted = code.current;
    flushDraft();
    try {
      if (effectiveRuntime === "native") {
        const recorded = await recordAttempt.mutateAsync({ runtime: "native", code: submitted });
        setResult(recorded.result);
        setSolved(recorded.solved);
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
        const recorded = await recordAttempt.mutateAsync({ runtime: "browser", code: submitted, result: outcome });
        setSolved(recorded.solved);
      }
      setAttempts((count) => count + 1);
    } catch (error) {
      setRecordError(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  }, [running, effectiveRuntime, recordAttempt, exercise, flushDraft]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && running && effectiveRuntime === "browser") browserPython.stop();
      // Ctrl/Cmd+Enter runs from anywhere on the page; in the editor, CodeMirror has handled it already.
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented && !pythonBusy) {
        event.preventDefault();
        void run();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [running, effectiveRuntime, run, pythonBusy]);

  const replaceCode = (value: string, change: DraftChange) => {
    code.current = value;
    setEditorSeed((seed) => ({ value, key: seed.key + 1 }));
    scheduleDraft(change);
  };

  // Resetting keeps what was there for an Undo (and for Ctrl+Z in the editor): no work is lost in one click.
  const [undoable, setUndoable] = useState<string | null>(null);
  const undoTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(undoTimer.current), []);
  const resetToStarter = () => {
    const previous = code.current;
    if (previous === exercise.starter) return;
    replaceCode(exercise.starter, "reset");
    setUndoable(previous);
    window.clearTimeout(undoTimer.current);
    undoTimer.current = window.setTimeout(() => setUndoable(null), UNDO_WINDOW_MS);
  };
  const undoReset = () => {
    if (undoable === null) return;
    replaceCode(undoable, "restore");
    setUndoable(null);
  };

  if (nativeOnly && settings.isPending) return <p className="muted">Checking where Python can run…</p>;
  if (cannotRun) return <NativeOnlyNotice exercise={exercise} reason={settings.data?.serverPython.reason ?? null} />;
  return (
    <div className="workspace">
      <div className="workspace__toolbar" role="toolbar" aria-label="Code actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void run()}
          disabled={running || pythonBusy}
          title="Run the tests (Ctrl+Enter or ⌘+Enter)"
        >
          ▶ {running ? "Running…" : "Run"} <kbd>Ctrl+Enter</kbd>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => browserPython.stop()}
          disabled={!running || effectiveRuntime !== "browser"}
          title="Stop the running code (Esc)"
        >
          ■ Stop <kbd>Esc</kbd>
        </button>
        <label className="inline-field">
          Run on{" "}
          <select value={effectiveRuntime} onChange={(event) => chooseRuntime(event.target.value as RuntimeChoice)}>
            <option value="browser" disabled={nativeOnly}>
              Browser (Pyodide){nativeOnly ? " — not for PyTorch" : ""}
            </option>
            <option value="native" disabled={!nativeAllowed}>
              My Python{settings.data ? ` (${settings.data.serverPython.interpreter})` : ""}
            </option>
          </select>
        </label>
        <span className="muted draft-state" role="status">
          {draftState === "saving"
            ? "Saving…"
            : draftState === "saved"
              ? "Code saved"
              : draftState === "error"
                ? "Code not saved"
                : ""}
        </span>
      </div>
      {effectiveRuntime === "browser" && browserPackageProblem ? (
        <div className="callout callout--warning" role="status">
          <p>{browserPackageProblem}</p>
          {nativeAllowed ? (
            <button type="button" className="button" onClick={() => chooseRuntime("native")}>
              Run on My Python instead
            </button>
          ) : null}
        </div>
      ) : null}
      {effectiveRuntime === "native" && missingPackages.length > 0 ? (
        <p className="callout callout--warning" role="status">
          Your Python ({settings.data?.serverPython.interpreter}) does not have {missingPackages.join(" or ")}, which this
          exercise needs. Install {missingPackages.length === 1 ? "it" : "them"}:{" "}
          {missingPackages.map((name) => (
            <code key={name} className="install-hint">
              {installHint(settings.data?.serverPython.interpreter ?? "python3", name)}
            </code>
          ))}{" "}
          and restart Stepwise.
        </p>
      ) : null}
      {!nativeAllowed && settings.data?.serverPython.reason ? (
        <p className="muted hint">My Python is off: {settings.data.serverPython.reason}</p>
      ) : null}
      {effectiveRuntime === "browser" ? <PythonLoader state={python} /> : null}
      <CodeEditor
        initialValue={editorSeed.value}
        resetKey={editorSeed.key}
        label={`Your code: ${exercise.module}.py`}
        onChange={(value) => {
          code.current = value;
          scheduleDraft("edit");
        }}
        onRun={() => {
          if (!pythonBusy) void run();
        }}
      />
      <div className="button-row workspace__secondary">
        <button type="button" className="button" onClick={resetToStarter} disabled={running}>
          Reset to the starter
        </button>
        <DraftVersions exerciseId={exercise.id} onRestore={(earlier) => replaceCode(earlier, "restore")} />
        {undoable !== null ? (
          <span role="status" className="workspace__undo">
            Back to the starter.{" "}
            <button type="button" className="button button--ghost" onClick={undoReset}>
              Undo
            </button>
          </span>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={attempts === 0 || solution.isPending}
          title={attempts === 0 ? "Run your code at least once first" : undefined}
          onClick={() => setConfirmSolution(true)}
        >
          Show the solution
        </button>
        <a
          className="button"
          href={`/api/exercises/${encodeURIComponent(exercise.id)}/notebook`}
          download={`${exercise.id}.ipynb`}
          title="Instructions, your saved code and a cell that runs the tests, for Jupyter"
        >
          Download notebook (.ipynb)
        </a>
        {solved ? (
          <span className="status status--done">
            <span aria-hidden="true">✓</span> Solved
          </span>
        ) : null}
      </div>
      {recordError ? (
        <p role="alert" className="text-danger">
          {recordError}
        </p>
      ) : null}
      {solution.isError ? (
        <p role="alert" className="text-danger">
          {solution.error.message}
        </p>
      ) : null}
      {result ? <TestResults result={result} /> : <p className="muted">Press Run to test your code. Results appear here.</p>}
      {result?.status === "pass" ? <TopicFinished exercise={exercise} /> : null}
      <ConfirmDialog
        open={confirmSolution}
        title="Replace your code with the solution?"
        confirmLabel="Show the solution"
        onCancel={() => setConfirmSolution(false)}
        onConfirm={() => {
          setConfirmSolution(false);
          // Your own code is kept under Earlier versions, as with a reset.
          solution.mutate(undefined, { onSuccess: (data) => replaceCode(data.solution, "restore") });
        }}
      >
        <p>
          Your code in the editor will be replaced (it stays under Earlier versions). Reading a solution teaches most after a real
          attempt — consider one more hint first.
        </p>
      </ConfirmDialog>
    </div>
  );
}

export function ExercisePage() {
  const { exerciseId = "" } = useParams();
  const exercise = useExercise(exerciseId);
  useDocumentTitle(exercise.data?.title);
  return (
    <QueryState query={exercise}>
      {(data) => (
        <article className="page page--exercise">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={webPaths.roadmap()}>Roadmap</Link> › <Link to={webPaths.topic(data.topicId)}>{data.topicTitle}</Link>
          </nav>
          <h1>{data.title}</h1>
          <p className="muted">
            Difficulty {"★".repeat(data.difficulty)}
            <span className="visually-hidden"> ({data.difficulty} of 4)</span> · your file is <code>{data.module}.py</code>
            {data.requires.length > 0 ? ` · uses ${data.requires.join(", ")}` : " · standard library only"}
          </p>
          <div className="exercise-layout">
            <div className="exercise-layout__instructions">
              <LessonHtml html={data.instructionsHtml} label="Instructions" />
              <HintList hints={data.hints} />
              <details className="visible-tests">
                <summary>The tests ({data.tests.filename})</summary>
                <pre tabIndex={0}>{data.tests.source}</pre>
              </details>
              <nav aria-label="Exercises of this topic" className="topic-exercises">
                <h2 className="h-small">Exercises in {data.topicTitle}</h2>
                <ol>
                  {data.topicExercises.map((item) => (
                    <li key={item.id}>
                      {item.id === data.id ? (
                        <strong aria-current="page">{item.title}</strong>
                      ) : (
                        <Link to={webPaths.exercise(item.id)}>{item.title}</Link>
                      )}{" "}
                      {item.solved ? <span className="status status--done">✓ Solved</span> : null}
                    </li>
                  ))}
                </ol>
              </nav>
            </div>
            <div className="exercise-layout__work">
              <Workspace key={data.id} exercise={data} />
            </div>
          </div>
        </article>
      )}
    </QueryState>
  );
}
