import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildPyodideAssets, readBuiltPyodide } from "./built-pyodide.js";

describe("building Pyodide's browser files", () => {
  let root: string;
  let source: string;
  let target: string;
  const wasm = Buffer.from("\0asm fake module ".repeat(2000));
  const emscriptenModule = "export default async function createPyodideModule() {}\n".repeat(100);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "stepwise-pyodide-build-"));
    source = join(root, "node_modules-pyodide");
    target = join(root, "dist", "pyodide", "314.0.7");
    mkdirSync(source);
    writeFileSync(join(source, "pyodide.asm.wasm"), wasm);
    writeFileSync(join(source, "pyodide.mjs"), "export const loadPyodide = () => {};\n".repeat(100));
    writeFileSync(join(source, "pyodide.asm.mjs"), emscriptenModule);
    writeFileSync(join(source, "README.md"), "# Pyodide\n".repeat(200));
    writeFileSync(join(source, "pyodide.d.ts"), "export declare const x: number;\n".repeat(100));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("copies only what a browser loads, with compressed copies and each file's uncompressed size", async () => {
    expect(readBuiltPyodide(target)).toBeUndefined();
    const result = await buildPyodideAssets(source, target);
    expect(result.built).toBe(true);
    expect(readFileSync(join(target, "pyodide.asm.wasm")).equals(wasm)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(target, "pyodide.asm.wasm.br"))).equals(wasm)).toBe(true);
    expect(existsSync(join(target, "README.md"))).toBe(false);
    expect(existsSync(join(target, "pyodide.d.ts"))).toBe(false);
    // The Emscripten module alone is marked for V8 to compile eagerly, and is otherwise as published.
    const hinted = `//# allFunctionsCalledOnLoad\n${emscriptenModule}`;
    expect(readFileSync(join(target, "pyodide.asm.mjs"), "utf8")).toBe(hinted);
    expect(brotliDecompressSync(readFileSync(join(target, "pyodide.asm.mjs.br"))).toString()).toBe(hinted);
    expect(readFileSync(join(target, "pyodide.mjs"), "utf8")).toBe(readFileSync(join(source, "pyodide.mjs"), "utf8"));
    expect(readBuiltPyodide(target)).toEqual({
      dir: target,
      sizes: {
        "pyodide.asm.wasm": wasm.length,
        "pyodide.asm.mjs": Buffer.byteLength(hinted),
        "pyodide.mjs": statSync(join(source, "pyodide.mjs")).size,
      },
    });
  });

  it("builds again over a folder an older build made, which lacks what builds now add", async () => {
    await buildPyodideAssets(source, target);
    writeFileSync(`${target}.built.json`, JSON.stringify({ version: "314.0.7", sizes: { "pyodide.asm.wasm": wasm.length } }));
    writeFileSync(join(target, "pyodide.asm.mjs"), emscriptenModule);
    expect(readBuiltPyodide(target)).toBeUndefined();
    expect((await buildPyodideAssets(source, target)).built).toBe(true);
    expect(readFileSync(join(target, "pyodide.asm.mjs"), "utf8")).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
  });

  it("builds once per version: a finished folder is kept, an unfinished one is started over", async () => {
    await buildPyodideAssets(source, target);
    const builtAt = statSync(join(target, "pyodide.asm.wasm.br")).mtimeMs;
    expect(await buildPyodideAssets(source, target)).toEqual({ built: false });
    expect(statSync(join(target, "pyodide.asm.wasm.br")).mtimeMs).toBe(builtAt);

    // A build stopped halfway leaves no manifest; whatever it left is thrown away.
    rmSync(`${target}.built.json`);
    writeFileSync(join(target, "pyodide.asm.wasm.br"), "half-written");
    expect(readBuiltPyodide(target)).toBeUndefined();
    expect((await buildPyodideAssets(source, target)).built).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(target, "pyodide.asm.wasm.br"))).equals(wasm)).toBe(true);

    // A damaged manifest counts as unfinished too, rather than stopping the server that reads it.
    writeFileSync(`${target}.built.json`, '{"version": "314.0.7", "sizes": {');
    expect(readBuiltPyodide(target)).toBeUndefined();
    expect((await buildPyodideAssets(source, target)).built).toBe(true);
    expect(readBuiltPyodide(target)?.sizes["pyodide.asm.wasm"]).toBe(wasm.length);
  });
});
