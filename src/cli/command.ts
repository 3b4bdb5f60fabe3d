/** What a CLI command does: `run` returns the process exit code. */
export interface Command {
  readonly help: string;
  run(args: string[]): Promise<number>;
}

/** A command as the CLI lists it; `load` imports its module, only when it is used. */
export interface CommandEntry {
  /** The words that invoke it, e.g. "exercise list". */
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}
