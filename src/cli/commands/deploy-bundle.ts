import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ApiErrorBody } from "../../shared/api/index.js";
import { MODEL_NAME_PATTERN } from "../../shared/models/names.js";
import type { Command } from "../command.js";
import { UsageError } from "../usage-error.js";
import { DEFAULT_SERVER, serverUrl, unreachable } from "../server-url.js";
import { serverFetch } from "../credentials.js";

export const deployBundleCommand: Command = {
  help: [
    "Usage: stepwise deploy bundle <name> <version or alias> [--out FILE.zip] [--force] [--server URL]",
    "",
    "Writes <name>-v<version>.zip (or --out): the model, app.py (Flask + onnxruntime with the same",
    "/predict and /v2 routes as Stepwise), requirements.txt, a Dockerfile, a README, a Triton model",
    "repository and a KServe InferenceService. See docs/self-host-bundle.md.",
    "",
    "Options:",
    "  --out FILE    where to write the zip (default: <name>-v<version>.zip in this folder)",
    "  --force       overwrite the file if it exists",
    `  --server URL  the Stepwise server (default: STEPWISE_URL, else ${DEFAULT_SERVER})`,
    "",
    "Exit code 0 when written; 1 when the server has no such model or version; 2 for a usage mistake.",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { out: { type: "string" }, force: { type: "boolean" }, server: { type: "string" } },
      allowPositionals: true,
    });
    const [name, version] = positionals;
    if (!name || !version || positionals.length > 2) {
      throw new UsageError("give the model and the version: stepwise deploy bundle <name> <version or alias>");
    }
    if (!MODEL_NAME_PATTERN.test(name)) throw new UsageError(`${JSON.stringify(name)} is not a model name`);
    const server = serverUrl(values.server);
    let response: Response;
    try {
      response = await serverFetch(`${server}/api/models/${name}/versions/${encodeURIComponent(version)}/bundle`);
    } catch {
      throw new UsageError(unreachable(server));
    }
    if (!response.ok) {
      console.error(`stepwise deploy bundle: ${((await response.json()) as ApiErrorBody).message}`);
      return 1;
    }
    const served = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `${name}-v${version}.zip`;
    const out = resolve(values.out ?? served);
    if (existsSync(out) && !values.force) throw new UsageError(`${out} already exists; pass --force to overwrite it`);
    const bytes = Buffer.from(await response.arrayBuffer());
    writeFileSync(out, bytes);
    console.log(`Wrote ${out} (${Math.round(bytes.length / 1024)} KB). Unzip it and read its README.md.`);
    return 0;
  },
};
