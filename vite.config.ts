import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const webFile = (path: string) => fileURLToPath(new URL(`./src/web/${path}`, import.meta.url));

/**
 * The built index.html loads the Python boot script (its own entry, a few hundred bytes) before the
 * app's entry: module scripts run in document order, each once its own imports are in, so the
 * Python worker starts without waiting for React, the router and the rest of the entry to be
 * fetched, compiled and run — on a second visit to an exercise, most of Python's start happens in
 * that time (bench/README.md). The app's entry imports the same module for `npm run dev`; a module
 * runs once, so the worker starts once.
 */
function pythonBootFirst(): Plugin {
  return {
    name: "stepwise:python-boot-first",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (file) => file.type === "chunk" && file.isEntry && file.name === "boot",
        );
        // The first module script is the app's entry, which Vite has put in the head by now.
        const firstModule = '<script type="module"';
        if (!boot || !html.includes(firstModule))
          throw new Error("the build has no Python boot script or no app entry to put it before");
        return html.replace(
          firstModule,
          `<script type="module" crossorigin src="/${boot.fileName}"></script>\n    ${firstModule}`,
        );
      },
    },
  };
}

// The web app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: "src/web",
  plugins: [react(), pythonBootFirst()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: { input: { index: webFile("index.html"), boot: webFile("python/boot.ts") } },
  },
  server: { port: 5173, proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? 3000}` } },
});
