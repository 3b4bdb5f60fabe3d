import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { unzipSync } from "fflate";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { DEFAULT_SERVER, serverUrl, unreachable } from "../server-url.js";
import { serverFetch } from "../credentials.js";

/** The folder the server's zip puts everything in; the command writes its contents into <dir>. */
const ZIP_ROOT = "portfolio/";

export const portfolioExportCommand: Command = {
  help: [
    "Usage: stepwise portfolio export <dir> [--server URL] [--force]",
    "",
    "Fetches your portfolio from the running Stepwise server and writes it into dir: index.html and",
    "projects/*.html (a static site that opens from disk or on GitHub Pages and loads nothing from",
    "elsewhere), charts/*.svg, README.md for a GitHub profile, and resume.json (JSON Resume).",
    "It holds your featured projects, or every write-up when none is featured.",
    "",
    "Options:",
    `  --server URL  the Stepwise server (default: STEPWISE_URL, else ${DEFAULT_SERVER})`,
    "  --force       overwrite files that already exist in dir",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { server: { type: "string" }, force: { type: "boolean" } },
      allowPositionals: true,
    });
    const [target] = positionals;
    if (!target || positionals.length > 1) throw new UsageError("give the folder to write into: stepwise portfolio export <dir>");
    const dir = resolve(target);
    const server = serverUrl(values.server);
    let response: Response;
    try {
      response = await serverFetch(`${server}/api/portfolio/export.zip`);
    } catch {
      throw new UsageError(unreachable(server));
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      console.error(`the server refused: ${body.message ?? `HTTP ${response.status}`}`);
      return 1;
    }
    const files = Object.entries(unzipSync(new Uint8Array(await response.arrayBuffer())))
      .filter(([name]) => name.startsWith(ZIP_ROOT) && !name.endsWith("/"))
      .map(([name, bytes]) => ({ path: resolve(dir, name.slice(ZIP_ROOT.length)), bytes }));
    // A name that climbs out of dir would be a broken or hostile zip: refuse it whole.
    if (files.some((file) => !file.path.startsWith(dir + sep)))
      throw new UsageError("the server's zip names a file outside the folder; nothing was written.");
    const existing = files.filter((file) => existsSync(file.path)).map((file) => relative(dir, file.path));
    if (existing.length > 0 && !values.force) {
      throw new UsageError(
        `${dir} already has ${existing.join(", ")}; nothing was written. Choose another folder or pass --force.`,
      );
    }
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.bytes);
    }
    console.log(`Wrote ${files.length} files to ${dir}\n  open:  ${join(dir, "index.html")}`);
    return 0;
  },
};
