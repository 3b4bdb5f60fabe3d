import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { ApiErrorBody, ModelResponse, TensorSpec } from "../../shared/api/index.js";
import { MODEL_ALIAS_PATTERN, MODEL_NAME_PATTERN } from "../../shared/models/names.js";
import type { Command } from "../command.js";
import { UsageError } from "../usage-error.js";
import { DEFAULT_SERVER, serverUrl, unreachable } from "../server-url.js";
import { serverFetch } from "../credentials.js";

const spec = (tensor: TensorSpec) => `${tensor.name} ${tensor.datatype} [${tensor.shape.join(", ")}]`;

export const deployCommand: Command = {
  help: [
    "Usage: stepwise deploy <file.onnx> --name <name> [--alias <alias>] [--server URL] [--json]",
    "",
    "Uploads the file like the models page does. Nothing is stored unless it checks out: it parses",
    "as ONNX with every weight inside it, and onnxruntime loads it. It becomes version 1, 2, 3 …",
    "of the model, served at once at /api/models/<name>/versions/<n>/predict and /v2/models/<name>/….",
    "",
    "Options:",
    "  --name NAME    the model (lower-case letters, digits and dashes), created on its first upload",
    "  --alias ALIAS  then point this alias at the new version, e.g. production",
    `  --server URL   the Stepwise server (default: STEPWISE_URL, else ${DEFAULT_SERVER})`,
    "  --json         print the server's answer as JSON",
    "",
    "Exit code 0 when deployed; 1 when the server refused the file; 2 for a usage mistake.",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { name: { type: "string" }, alias: { type: "string" }, server: { type: "string" }, json: { type: "boolean" } },
      allowPositionals: true,
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError("give one ONNX file: stepwise deploy <file.onnx> --name <name>");
    const name = values.name;
    if (!name) throw new UsageError("name the model with --name, e.g. --name digits");
    if (!MODEL_NAME_PATTERN.test(name)) {
      throw new UsageError(
        `--name ${JSON.stringify(name)} must be lower-case letters, digits and dashes, starting with a letter or digit`,
      );
    }
    if (values.alias !== undefined && !MODEL_ALIAS_PATTERN.test(values.alias)) {
      throw new UsageError(
        `--alias ${JSON.stringify(values.alias)} must be lower-case letters, digits and dashes, starting with a letter`,
      );
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const server = serverUrl(values.server);
    const model = `${server}/api/models/${name}`;
    let response: Response;
    try {
      response = await serverFetch(`${model}/versions?fileName=${encodeURIComponent(basename(file))}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream" },
        body: new Uint8Array(bytes),
      });
    } catch {
      throw new UsageError(unreachable(server));
    }
    const body = (await response.json()) as { model: ModelResponse; version: number } | ApiErrorBody;
    if (!response.ok || !("version" in body)) {
      if (values.json) console.log(JSON.stringify(body));
      else console.error(`${file}: ${(body as ApiErrorBody).message}`);
      return 1;
    }
    if (values.alias !== undefined) {
      const moved = await serverFetch(`${model}/aliases/${values.alias}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: body.version }),
      });
      if (!moved.ok) {
        console.error(
          `Deployed as version ${body.version}, but the alias did not move: ${((await moved.json()) as ApiErrorBody).message}`,
        );
        return 1;
      }
    }
    if (values.json) {
      console.log(JSON.stringify({ ...body, alias: values.alias ?? null }));
      return 0;
    }
    const version = body.model.versions.find((entry) => entry.version === body.version);
    console.log(
      `${name} version ${body.version}${values.alias ? ` (${values.alias})` : ""} from ${basename(file)}, ${bytes.length} bytes`,
    );
    if (version)
      console.log(
        `  takes ${version.signature.inputs.map(spec).join(", ")} → gives ${version.signature.outputs.map(spec).join(", ")}`,
      );
    console.log(`  predict: POST ${model}/versions/${body.version}/predict  {"instances": [...]}`);
    console.log(`  infer:   POST ${server}/v2/models/${name}/versions/${body.version}/infer`);
    return 0;
  },
};
