import { useRef } from "react";
import { Link } from "react-router";
import type { ExerciseResponse, ReviewItem } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { useExercise } from "../api/queries.js";
import { CodeEditor } from "../components/CodeEditor.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { QueryState } from "../components/QueryState.js";
import { RunnerBlocked } from "../components/RunnerBlocked.js";
import { RunnerNotices } from "../components/RunnerNotices.js";
import { RunToolbar } from "../components/RunToolbar.js";
import { TestResults } from "../components/TestResults.js";
import { useExerciseRunner } from "../hooks/use-exercise-runner.js";
import { ReviewRatings } from "./ReviewRatings.js";
import "../components/TaskLayout.css";

/**
 * Solving a due exercise again from memory: its task and a fresh editor on the starter, run like the
 * exercise page runs it. Runs are recorded as attempts of the exercise, but nothing here saves a
 * draft, so the solution the learner keeps on the exercise page stays as it was.
 */
function Recall({ item, exercise, onGraded }: { item: ReviewItem; exercise: ExerciseResponse; onGraded: () => void }) {
  const code = useRef(exercise.starter);
  const runner = useExerciseRunner(exercise, code);
  const ratings = (
    <ReviewRatings item={item} suggested={runner.result?.status === "pass" ? "good" : "again"} onGraded={onGraded} />
  );
  if (runner.blocked) {
    return (
      <>
        <RunnerBlocked runner={runner} exercise={exercise} />
        {ratings}
      </>
    );
  }
  return (
    <div className="task-layout">
      <div className="task-layout__task">
        <LessonHtml html={exercise.instructionsHtml} label="Task" />
      </div>
      <div className="task-layout__work">
        <p className="muted">
          Solve it again from memory, starting from the starter. This editor does not save: your own solution stays on{" "}
          <Link to={webPaths.exercise(exercise.id)}>the exercise page</Link>. Each Run counts as an attempt of the exercise.
        </p>
        <RunToolbar runner={runner} />
        <RunnerNotices runner={runner} />
        <CodeEditor
          initialValue={exercise.starter}
          resetKey={0}
          label={`Your code from memory: ${exercise.module}.py`}
          onChange={(value) => {
            code.current = value;
          }}
          onRun={() => {
            if (!runner.pythonBusy) void runner.run();
          }}
        />
        {runner.runError ? (
          <p role="alert" className="text-danger">
            {runner.runError}
          </p>
        ) : null}
        {runner.result ? <TestResults result={runner.result} /> : null}
        {runner.result || runner.runError ? (
          ratings
        ) : (
          <p className="muted">Run the tests when you are ready; then say how well you remembered.</p>
        )}
      </div>
    </div>
  );
}

/** An exercise's review card body; loaded on demand, so question reviews never fetch the editor or Python. */
export function ReviewExercise({ item, onGraded }: { item: ReviewItem; onGraded: () => void }) {
  const exercise = useExercise(item.itemId);
  return <QueryState query={exercise}>{(data) => <Recall item={item} exercise={data} onGraded={onGraded} />}</QueryState>;
}
