/** One problem in one content file, said so that an author can fix it without reading code. */
export interface ContentIssue {
  /** Path relative to the project root (or absolute when outside it). */
  readonly path: string;
  /** The field, as a dotted path (`resources.2.url`), or `(file)` for the file as a whole. */
  readonly field: string;
  readonly reason: string;
}

/** Thrown when `content/` is invalid; lists every problem found, not only the first. */
export class ContentValidationError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(
      `content/ has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n` +
        issues.map((issue) => `  ${issue.path}: ${issue.field}: ${issue.reason}`).join("\n"),
    );
    this.name = "ContentValidationError";
  }
}
