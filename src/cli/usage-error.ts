/** A command-line mistake: printed as-is to stderr with exit code 2. */
export class UsageError extends Error {}
