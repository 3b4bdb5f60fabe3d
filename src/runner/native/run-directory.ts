import { chmodSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Removes a run's temporary directory and everything the learner's code left in it, including
 * folders it made unreadable (`chmod 000`), which a plain recursive remove cannot enter. Never
 * throws: a directory that still cannot go stays in the system's temporary folder.
 */
export function removeRunDirectory(directory: string): void {
  try {
    rmSync(directory, { recursive: true, force: true });
  } catch {
    try {
      makeWritable(directory);
      rmSync(directory, { recursive: true, force: true });
    } catch {
      // Left for the system's temporary-file cleaning; the run's result matters more.
    }
  }
}

function makeWritable(directory: string): void {
  chmodSync(directory, 0o700);
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) makeWritable(join(directory, entry.name));
  }
}
