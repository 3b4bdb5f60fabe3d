import { readdir, readFile } from "node:fs/promises";

/**
 * The environment variable that marks every process of one run. Children inherit it whether
 * they stay in the run's process group or leave it (`setsid`, a double fork), so it finds them
 * where parent links and process groups no longer do.
 */
export const RUN_MARKER_VARIABLE = "STEPWISE_RUN";

/** How many times to look again: a process may start another while the previous ones are ended. */
const MAX_ROUNDS = 20;

/**
 * Ends every process whose environment carries `STEPWISE_RUN=<runId>`, until none is left. Linux
 * only (it reads /proc); elsewhere it does nothing and the run's process group is all that ends.
 */
export async function endMarkedProcesses(runId: string): Promise<void> {
  const needle = Buffer.from(`${RUN_MARKER_VARIABLE}=${runId}\0`);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const marked = await findMarkedProcesses(needle);
    if (marked.length === 0) return;
    for (const pid of marked) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Ended by itself meanwhile.
      }
    }
  }
}

async function findMarkedProcesses(needle: Buffer): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return []; // no /proc on this system
  }
  const found = await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry) => {
        try {
          // A zombie's environment reads as empty: it has ended and needs no signal.
          return (await readFile(`/proc/${entry}/environ`)).includes(needle) ? Number(entry) : null;
        } catch {
          return null; // ended while we looked, or not ours to read
        }
      }),
  );
  return found.filter((pid): pid is number => pid !== null);
}
