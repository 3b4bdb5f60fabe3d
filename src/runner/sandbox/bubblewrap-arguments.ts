/** Where the run's folder is inside the sandbox: a private tmpfs, also its HOME. */
export const SANDBOX_WORK_DIR = "/work";
/** Where the grading harness is inside the sandbox, read-only. */
export const SANDBOX_HARNESS_DIR = "/opt/stepwise";
/** Each writable tmpfs (the run's folder, /tmp): a program that fills it gets "No space left on device". */
export const SANDBOX_TMPFS_BYTES = 64 * 1024 * 1024;

/**
 * Host files the scientific stack reads besides /usr, each bound read-only when it exists: BLAS
 * is found through /etc/alternatives, matplotlib reads its rc file and fontconfig its config,
 * and the dynamic linker's cache saves a search of every library folder on each start.
 */
const HOST_FILES = ["/etc/alternatives", "/etc/matplotlibrc", "/etc/fonts", "/etc/ld.so.cache", "/etc/localtime"];

/** Every namespace unshared (no network, its own processes and user), no user namespaces within, killed with its parent. */
export const ISOLATION = ["--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent"] as const;
/** The interpreter's files: /usr read-only, with the library links its loader expects. */
export const SYSTEM_FILES = [
  "--ro-bind",
  "/usr",
  "/usr",
  "--symlink",
  "usr/lib",
  "/lib",
  "--symlink",
  "usr/lib64",
  "/lib64",
] as const;

export interface SandboxLayout {
  /** The harness package's copy on the host (it holds `stepwise/`). */
  readonly harnessDir: string;
  /** The run's folder on the host, holding the job's data files. */
  readonly workDir: string;
  readonly dataFiles: readonly string[];
  /** The whole environment inside: nothing of the host's passes. */
  readonly env: Readonly<Record<string, string>>;
}

/**
 * bubblewrap's arguments, up to the command: every namespace unshared (no network, its own
 * processes, its own user), no capabilities, no further user namespaces, a new session (no
 * terminal to inject into), killed with its parent; /usr read-only; the run's folder and /tmp as
 * small private tmpfs; the job's data files bound read-only into the folder.
 */
export function bubblewrapArguments(layout: SandboxLayout): string[] {
  return [
    ...ISOLATION,
    "--new-session",
    "--cap-drop",
    "ALL",
    "--clearenv",
    ...Object.entries(layout.env).flatMap(([name, value]) => ["--setenv", name, value]),
    ...SYSTEM_FILES,
    "--symlink",
    "usr/bin",
    "/bin",
    ...HOST_FILES.flatMap((path) => ["--ro-bind-try", path, path]),
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--size",
    String(SANDBOX_TMPFS_BYTES),
    "--tmpfs",
    "/tmp",
    "--size",
    String(SANDBOX_TMPFS_BYTES),
    "--tmpfs",
    SANDBOX_WORK_DIR,
    ...layout.dataFiles.flatMap((name) => ["--ro-bind", `${layout.workDir}/${name}`, `${SANDBOX_WORK_DIR}/${name}`]),
    "--ro-bind",
    layout.harnessDir,
    SANDBOX_HARNESS_DIR,
    "--chdir",
    SANDBOX_WORK_DIR,
    "--",
  ];
}
