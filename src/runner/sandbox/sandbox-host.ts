import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import { ISOLATION, SYSTEM_FILES } from "./bubblewrap-arguments.js";
import { claimUidBlock } from "./uid-blocks.js";

export interface SandboxHost {
  /** The interpreter inside the sandbox: it must live under /usr, the only host folder there. */
  readonly python: string;
  /**
   * Started as root: slot i runs as user `firstUid + i`, which needs no account in /etc/passwd.
   * Unset: runs as the server's own user (then run the worker as a dedicated user, docs/sandbox.md).
   */
  readonly firstUid?: number;
}

/**
 * The users the slots run as: started by root, a block of users of their own, claimed for this
 * runtime alone on this host (released when it closes, see uid-blocks.ts); else the server's own.
 */
export function sandboxUsers(): { firstUid?: number } {
  return process.getuid?.() === 0 ? { firstUid: claimUidBlock() } : {};
}

const HOW_TO = "docs/sandbox.md says what a host needs.";

/**
 * Why this host cannot run the sandbox, or null when it can: the interpreter outside /usr,
 * bubblewrap missing, or user namespaces refused (a kernel setting, or a container without them).
 * Tried for real: the interpreter, doing nothing, in a sandbox made as for a run.
 */
export async function sandboxProblem(host: SandboxHost): Promise<string | null> {
  let python: string;
  try {
    python = realpathSync(host.python);
  } catch {
    return `The sandbox's Python "${host.python}" does not exist. Install python3 (Debian: apt-get install python3) or set STEPWISE_SANDBOX_PYTHON. ${HOW_TO}`;
  }
  if (!python.startsWith("/usr/"))
    return `The sandbox runs a Python installed under /usr, and "${host.python}" is ${python}. Set STEPWISE_SANDBOX_PYTHON to one such as /usr/bin/python3. ${HOW_TO}`;
  const tried = await tryCommand("bwrap", [...ISOLATION, ...SYSTEM_FILES, "--", python, "-I", "-c", "pass"], host.firstUid);
  if (tried.kind === "missing")
    return `The sandbox needs bubblewrap, which is not installed (Debian: apt-get install bubblewrap). ${HOW_TO}`;
  if (tried.kind === "failed")
    return `bubblewrap cannot make a sandbox on this host (${tried.detail || `exit ${tried.code}`}): user namespaces are probably off (sysctl kernel.unprivileged_userns_clone=1, user.max_user_namespaces > 0) or blocked by a container's seccomp profile. ${HOW_TO}`;
  return null;
}

type Tried = { kind: "ok" } | { kind: "missing" } | { kind: "failed"; code: number | null; detail: string };

function tryCommand(command: string, args: string[], uid: number | undefined): Promise<Tried> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { PATH: "/usr/bin:/bin" },
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (error: NodeJS.ErrnoException) =>
      resolve(error.code === "ENOENT" ? { kind: "missing" } : { kind: "failed", code: null, detail: error.message }),
    );
    child.on("close", (code) => resolve(code === 0 ? { kind: "ok" } : { kind: "failed", code, detail: stderr.trim() }));
  });
}
