/** The learner's own Python: `STEPWISE_PYTHON`, or `python3` from PATH. */
export function pythonInterpreter(): string {
  return process.env.STEPWISE_PYTHON?.trim() || "python3";
}
