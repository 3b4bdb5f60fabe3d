import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { buildSelfHostBundle } from "../build-self-host-bundle.js";
import { bundleFolderName, type SelfHostBundleInput } from "../bundle-input.js";
import { type StandInKind, standInBundle } from "./stand-in-models.js";
// The bundle's app.py, run for real with Flask and numpy (Debian's python3-flask, python3-numpy)
// against stand-in/onnxruntime: pip's onnxruntime cannot be installed where these tests run, so a
// stand-in computing tiny known models takes its place (see its docstring). What is checked is
// app.py's own work: routes, the instances and tensors it builds, the JSON it answers, its errors.
export const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
export const STAND_IN = fileURLToPath(new URL("./", import.meta.url));
const DRIVER = join(STAND_IN, "drive_app.py");
const INSTALL_HINT = "Install python3-flask and python3-numpy (Debian) and set STEPWISE_PYTHON to that Python.";

export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown> & { error?: string };
}
export type Request = { method: "GET" | "POST"; path: string; body?: unknown; raw?: string };

export const work = mkdtempSync(join(tmpdir(), "stepwise-bundle-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the bundle, unpacks it with Python's zipfile (a second zip reader) and returns its folder. */
export async function unpack(input: SelfHostBundleInput): Promise<string> {
  const archive = join(work, `${bundleFolderName(input)}.zip`);
  writeFileSync(archive, await buildSelfHostBundle(input));
  const result = spawnSync(PYTHON, ["-m", "zipfile", "-e", archive, work], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`Python's zipfile could not unpack the bundle: ${result.stderr || result.error?.message}`);
  return join(work, bundleFolderName(input));
}

/** Sends the requests to app.py through Flask's test client, in one Python process, replies in order. */
export function drive(folder: string, requests: readonly Request[]): Reply[] {
  const result = spawnSync(PYTHON, [DRIVER, folder], { input: JSON.stringify(requests), encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.status !== 0)
    throw new Error(`app.py did not run with ${PYTHON}: ${result.stderr || result.error?.message}. ${INSTALL_HINT}`);
  return JSON.parse(result.stdout) as Reply[];
}

/** A bundle of a stand-in model, unpacked, and the replies to `requests` by their keys. */
export function serve(kind: StandInKind, name: string, requests: Readonly<Record<string, Request>>) {
  const input = standInBundle(kind, name);
  const state = { folder: "", replies: {} as Record<string, Reply> };
  beforeAll(async () => {
    state.folder = await unpack(input);
    const keys = Object.keys(requests);
    const replies = drive(
      state.folder,
      keys.map((key) => requests[key] as Request),
    );
    state.replies = Object.fromEntries(keys.map((key, index) => [key, replies[index] as Reply]));
  });
  return { reply: (key: string): Reply => state.replies[key] as Reply, folder: () => state.folder };
}

export const post = (path: string, body: unknown): Request => ({ method: "POST", path, body });
export const get = (path: string): Request => ({ method: "GET", path });
