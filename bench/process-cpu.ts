// CPU time of a process and every process under it, read from /proc (Linux): what a server spent,
// whatever else the machine was doing at the time, which its requests per second cannot say.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** The text of a /proc file, or "" once the process has gone. */
function readProc(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function threadsOf(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

function childrenOf(pid: number): number[] {
  return threadsOf(pid).flatMap((tid) => readProc(`/proc/${pid}/task/${tid}/children`).split(" ").filter(Boolean).map(Number));
}

function ownTicks(pid: number): number {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return 0;
  // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** Seconds of CPU (user and system) the processes and all their descendants have used so far. */
export function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  const pending = [...pids];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    ticks += ownTicks(pid);
    pending.push(...childrenOf(pid));
  }
  return ticks / TICKS_PER_SECOND;
}
