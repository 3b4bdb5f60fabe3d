import { VerificationStatus } from "../components/VerificationStatus.js";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { DraftChange, ExerciseResponse } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { useExercise, useSaveDraft, useSolution } from "../api/queries.js";
import { CodeEditor } from "../components/CodeEditor.js";
import { DraftVersions } from "../components/DraftVersions.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { HintList } from "../components/HintList.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { QueryState } from "../components/QueryState.js";
import { RunnerBlocked } from "../components/RunnerBlocked.js";
import { RunnerNotices } from "../components/RunnerNotices.js";
import { RunToolbar } from "../components/RunToolbar.js";
import { TestResults } from "../components/TestResults.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { useExerciseRunner } from "../hooks/use-exercise-runner.js";
import { TopicFinished } from "../components/TopicFinished.js";
import "../components/TaskLayout.css";
import "./ExercisePage.css";

const DRAFT_DELAY_MS = 800;
/** How long the Undo of a reset stays on screen; Ctrl+Z in the editor works after that too. */
const UNDO_WINDOW_MS = 15_000;

function Workspace({ exercise }: { exercise: ExerciseResponse }) {
  const [editorSeed, setEditorSeed] = useState({ value: exercise.draft?.code ?? exercise.starter, key: 0 });
  const code = useRef(editorSeed.value);
  const [confirmSolution, setConfirmSolution] = useState(false);
  const saveDraft = useSaveDraft(exercise.id);
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

  const runner = useExerciseRunner(exercise, code, flushDraft);
  const { running, result, attempts, solved } = runner;

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

  if (runner.blocked) return <RunnerBlocked runner={runner} exercise={exercise} />;
  return (
    <div className="workspace">
      <RunToolbar
        runner={runner}
        status={
          <span className="muted draft-state" role="status">
            {draftState === "saving"
              ? "Saving…"
              : draftState === "saved"
                ? "Code saved"
                : draftState === "error"
                  ? "Code not saved"
                  : ""}
          </span>
        }
      />
      <RunnerNotices runner={runner} />
      <CodeEditor
        initialValue={editorSeed.value}
        resetKey={editorSeed.key}
        label={`Your code: ${exercise.module}.py`}
        onChange={(value) => {
          code.current = value;
          scheduleDraft("edit");
        }}
        onRun={() => {
          if (!runner.pythonBusy) void runner.run();
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
        <VerificationStatus verification={runner.verification} passed={result?.status === "pass"} />
      </div>
      {runner.runError ? (
        <p role="alert" className="text-danger">
          {runner.runError}
        </p>
      ) : null}
      {solution.isError ? (
        <p role="alert" className="text-danger">
          {solution.error.message}
        </p>
      ) : null}
      {result ? <TestResults result={result} /> : <p className="muted">Press Run to test your code. Results appear here.</p>}
      {result?.status === "pass" && runner.verification !== "verifying" ? <TopicFinished exercise={exercise} /> : null}
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
        <article className="page page--wide">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={webPaths.roadmap()}>Roadmap</Link> › <Link to={webPaths.topic(data.topicId)}>{data.topicTitle}</Link>
          </nav>
          <h1>{data.title}</h1>
          <p className="muted">
            Difficulty {"★".repeat(data.difficulty)}
            <span className="visually-hidden"> ({data.difficulty} of 4)</span> · your file is <code>{data.module}.py</code>
            {data.requires.length > 0 ? ` · uses ${data.requires.join(", ")}` : " · standard library only"}
          </p>
          <div className="task-layout">
            <div className="task-layout__task">
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
            <div className="task-layout__work">
              <Workspace key={data.id} exercise={data} />
            </div>
          </div>
        </article>
      )}
    </QueryState>
  );
}
