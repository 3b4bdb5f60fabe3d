import { Link } from "react-router";
import type { ExerciseResponse } from "../../shared/api/index.js";
import { useNextSteps } from "../api/readiness-queries.js";

/** Once every exercise of the topic is solved, says so and offers the next thing to do, one click away. */
export function TopicFinished({ exercise }: { exercise: ExerciseResponse }) {
  const next = useNextSteps().data?.steps.find((step) => step.href !== `/exercises/${encodeURIComponent(exercise.id)}`);
  if (!exercise.topicExercises.every((item) => item.solved)) return null;
  return (
    <p className="callout" role="status">
      <span aria-hidden="true">✓ </span>You solved{" "}
      {exercise.topicExercises.length === 1 ? "the only exercise" : `all ${exercise.topicExercises.length} exercises`} in{" "}
      {exercise.topicTitle}.{" "}
      {next ? (
        <>
          Next: <Link to={next.href}>{next.title}</Link> <span className="muted">({next.reason.toLowerCase()})</span>
        </>
      ) : null}
    </p>
  );
}
