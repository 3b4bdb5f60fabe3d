import type { ExerciseResponse } from "../../shared/api/index.js";

/**
 * Shown instead of the editor's Run when an exercise needs a package with no browser build
 * (PyTorch) and this server does not run Python: how to solve it on the learner's own machine.
 */
export function NativeOnlyNotice({ exercise, reason }: { readonly exercise: ExerciseResponse; readonly reason: string | null }) {
  return (
    <section className="panel" aria-labelledby="native-only-heading">
      <h2 id="native-only-heading" className="h-small">
        This exercise needs PyTorch on your own Python
      </h2>
      <p>
        PyTorch does not run in the browser, and this Stepwise server does not run Python{reason ? ` (${reason})` : ""}. Solve it
        on your own machine:
      </p>
      <ol>
        <li>
          Install PyTorch for your Python: <code>pip install torch</code> (the CPU build is enough; pytorch.org lists the command
          for your system).
        </li>
        <li>
          Download the exercise: <code>npx stepwise exercise download {exercise.id}</code>
        </li>
        <li>
          Edit <code>{exercise.module}.py</code>, then grade it: <code>npx stepwise test {exercise.id}</code>
        </li>
      </ol>
      <p className="muted">
        Or run Stepwise itself on your machine (<code>npm start</code>) and choose “My Python” here.
      </p>
    </section>
  );
}
