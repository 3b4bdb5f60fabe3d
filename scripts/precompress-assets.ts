// `npm run build`, after Vite: brotli and gzip copies of the web app's files, and Pyodide's browser
// files copied beside their own, so the server sends them as they are instead of compressing
// megabytes on every visit.
import { join } from "node:path";
import { buildOutput } from "../src/core/config.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { buildPyodideAssets, PYODIDE_PACKAGE_DIR } from "../src/core/web-assets/built-pyodide.js";
import { precompressFolder, type PrecompressedFile } from "../src/core/web-assets/precompress.js";

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const summary = (files: readonly PrecompressedFile[]) => {
  const sum = (pick: (file: PrecompressedFile) => number) => files.reduce((total, file) => total + pick(file), 0);
  return `${files.length} files, ${megabytes(sum((file) => file.bytes))} → ${megabytes(sum((file) => file.brotliBytes ?? file.bytes))} brotli`;
};

const config = buildOutput(PROJECT_ROOT);
const started = Date.now();
const web = await precompressFolder(config.webDir);
console.log(`precompressed the web app (${summary(web)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const pyodideStarted = Date.now();
console.log(`Pyodide: preparing ${join("dist", "pyodide")} (once per Pyodide version; about 20 s on two cores)…`);
const pyodide = await buildPyodideAssets(PYODIDE_PACKAGE_DIR, config.builtPyodideDir);
console.log(
  pyodide.built
    ? `Pyodide: precompressed (${summary(pyodide.files)}) in ${((Date.now() - pyodideStarted) / 1000).toFixed(1)} s`
    : "Pyodide: already built for this version",
);
