import { mkdirSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";

/** The first of the users sandbox slots run as, when started by root. */
export const FIRST_SANDBOX_UID = 61_000;
/** Users in a block: one per slot, and a runtime has at most this many slots. */
export const UIDS_PER_BLOCK = 64;
/** Blocks there are: users 61000–65095, below `nobody` (65534). */
const BLOCKS = 64;
/** Where claims live: shared by every process of this host (or container); tests use a folder of their own. */
const CLAIMS_DIR = "/run/stepwise-sandbox";

const claimed = new Map<number, string>();
let releaseOnExit = false;

/**
 * Claims a block of users no other sandbox on this host is using, and returns the first.
 *
 * A slot's users are its own so that its process limit counts it alone and, when a run ends, every
 * process of that user can be ended. Two runtimes sharing users — an app and a `stepwise worker`
 * on one machine, two workers — would count each other's processes and end each other's runs. A
 * claim is a file named for the block holding the claimant's pid; a claim whose process is gone
 * (killed) is taken over.
 */
export function claimUidBlock(claimsDir = CLAIMS_DIR): number {
  mkdirSync(claimsDir, { recursive: true, mode: 0o700 });
  if (!releaseOnExit) {
    releaseOnExit = true;
    process.once("exit", () => {
      for (const first of [...claimed.keys()]) releaseUidBlock(first);
    });
  }
  for (let block = 0; block < BLOCKS; block += 1) {
    const first = FIRST_SANDBOX_UID + block * UIDS_PER_BLOCK;
    const file = join(claimsDir, String(first));
    if (takeClaim(file) || (claimIsStale(file) && retireClaim(file) && takeClaim(file))) {
      claimed.set(first, file);
      return first;
    }
  }
  throw new Error(
    `Every one of the ${BLOCKS} blocks of sandbox users is in use by a running Stepwise on this machine (claims in ${claimsDir}).`,
  );
}

/** Gives a block back when its runtime closes. */
export function releaseUidBlock(first: number): void {
  const file = claimed.get(first);
  if (!file) return;
  claimed.delete(first);
  rmSync(file, { force: true });
}

function takeClaim(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o600);
  } catch {
    return false;
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  return true;
}

function claimIsStale(file: string): boolean {
  const pid = Number(readFileSync(file, { encoding: "utf8", flag: "r" }).trim() || "0");
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Moves a stale claim aside; of two processes that found it stale, only one succeeds. */
function retireClaim(file: string): boolean {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return false;
  }
  unlinkSync(aside);
  return true;
}
