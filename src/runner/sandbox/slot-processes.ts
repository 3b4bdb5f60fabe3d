import { readdir, readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

/** How long to keep ending a slot's processes before giving up on one the kernel has not reaped. */
const GIVE_UP_MS = 5000;

/**
 * Ends every process running as `uid` (a sandbox slot's own user) and waits until the kernel no
 * longer lists any, so that the slot's next run starts with nothing of the last one: no process
 * still counted against its process limit, nothing still writing. Only for a uid that belongs to
 * the sandbox alone.
 */
export async function endSlotProcesses(uid: number): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const pids = await processesOf(uid);
    if (pids.length === 0 || Date.now() > deadline) return;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Gone meanwhile.
      }
    }
    await sleep(5);
  }
}

async function processesOf(uid: number): Promise<number[]> {
  const entries = await readdir("/proc").catch(() => [] as string[]);
  const found = await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry) => {
        const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
        // A zombie has ended; its parent (bubblewrap's init, itself ending) reaps it.
        const ours = new RegExp(`^Uid:\\s+${uid}\\s`, "m").test(status) && !/^State:\s+Z/m.test(status);
        return ours ? Number(entry) : null;
      }),
  );
  return found.filter((pid): pid is number => pid !== null);
}
