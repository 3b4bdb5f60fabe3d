import type { ExerciseResponse } from "../../shared/api/index.js";
import type { ExerciseRunner } from "../hooks/use-exercise-runner.js";
import { NativeOnlyNotice } from "./NativeOnlyNotice.js";

/** Shown instead of an exercise's editor while its code cannot run here: why, and how to solve it on the learner's machine. */
export function RunnerBlocked({ runner, exercise }: { runner: ExerciseRunner; exercise: ExerciseResponse }) {
  if (runner.blocked === "checking") return <p className="muted">Checking where Python can run…</p>;
  return <NativeOnlyNotice exercise={exercise} reason={runner.settings?.serverPython.reason ?? null} />;
}
