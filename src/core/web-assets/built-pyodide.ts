import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import { PYODIDE_VERSION } from "../config.js";
import { precompressFolder, type PrecompressedFile } from "./precompress.js";

/** The pinned npm package's folder: Pyodide's core files as published. */
export const PYODIDE_PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));

/** The files of Pyodide's core a browser loads (not its docs, type declarations or source maps). */
export const isBrowserPyodideFile = (path: string): boolean => /\.(mjs|js|wasm|zip|json)$/.test(path);

/**
 * Written beside a built folder once it is finished (outside it, so the static server never sends
 * it): the uncompressed size of each file, for the browser's progress bar, which counts
 * decompressed bytes. A folder without it is unfinished.
 */
const manifestPath = (dir: string) => `${dir}.built.json`;
/** Raised whenever what a build writes changes, so that an older build folder is made again. */
const BUILD_FORMAT = 2;
const manifestSchema = z.object({
  version: z.literal(PYODIDE_VERSION),
  format: z.literal(BUILD_FORMAT),
  sizes: z.record(z.string(), z.number().int().nonnegative()),
});

export interface BuiltPyodide {
  readonly dir: string;
  /** Uncompressed bytes per file name. */
  readonly sizes: Readonly<Record<string, number>>;
}

/** The built folder at `dir`, if a build finished there for the pinned Pyodide version. */
export function readBuiltPyodide(dir: string): BuiltPyodide | undefined {
  const path = manifestPath(dir);
  if (!existsSync(path)) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined; // damaged: as good as unfinished, so the next build starts over
  }
  const parsed = manifestSchema.safeParse(manifest);
  return parsed.success ? { dir, sizes: parsed.data.sizes } : undefined;
}

/**
 * V8's explicit compile hint (Chromium 136 and later; to other engines a comment): compile every
 * function of the file while it streams in, on a background thread, instead of each one on the
 * worker's thread when it is first called. Pyodide's Emscripten module is one large factory
 * function called once per start, so its lazy compilation held up every start of Python, a second
 * visit's too (bench/README.md: 59 ms sooner in a paired comparison of 16 second visits).
 */
const COMPILE_EAGERLY = "//# allFunctionsCalledOnLoad\n";
const COMPILED_EAGERLY = new Set(["pyodide.asm.mjs"]);

async function copyForBrowser(sourceDir: string, targetDir: string, name: string): Promise<void> {
  const [source, target] = [join(sourceDir, name), join(targetDir, name)];
  if (!COMPILED_EAGERLY.has(name)) return copyFile(source, target);
  await writeFile(target, COMPILE_EAGERLY + (await readFile(source, "utf8")));
}

/**
 * Copies Pyodide's browser files from `sourceDir` into `targetDir` (its Emscripten module marked
 * to be compiled eagerly) with brotli and gzip copies beside them. Done once per Pyodide version (the folder is named for it): a finished folder is
 * left as it is, an unfinished one (a build stopped halfway) is started over.
 */
export async function buildPyodideAssets(
  sourceDir: string,
  targetDir: string,
): Promise<{ readonly built: false } | { readonly built: true; readonly files: PrecompressedFile[] }> {
  if (readBuiltPyodide(targetDir)) return { built: false };
  await rm(manifestPath(targetDir), { force: true });
  await rm(targetDir, { recursive: true, force: true });
  await mkdir(targetDir, { recursive: true });
  const names = (await readdir(sourceDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && isBrowserPyodideFile(entry.name))
    .map((entry) => entry.name);
  await Promise.all(names.map((name) => copyForBrowser(sourceDir, targetDir, name)));
  const files = await precompressFolder(targetDir);
  const sizes: Record<string, number> = {};
  for (const name of names) sizes[name] = (await stat(join(targetDir, name))).size;
  const temporary = `${manifestPath(targetDir)}.tmp`;
  await writeFile(temporary, JSON.stringify({ version: PYODIDE_VERSION, format: BUILD_FORMAT, sizes }));
  await rename(temporary, manifestPath(targetDir));
  return { built: true, files };
}
