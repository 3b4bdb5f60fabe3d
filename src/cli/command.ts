/** A CLI command: `run` returns the process exit code. */
export interface Command {
  /** The words that invoke it, e.g. "exercise list". */
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  run(args: string[]): Promise<number>;
}
