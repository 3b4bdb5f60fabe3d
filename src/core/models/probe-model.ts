import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { TENSOR_DATATYPES, type TensorDatatype } from "../../shared/models/names.js";
import type { ModelSignature, TensorSpec } from "../../shared/api/index.js";
import { ModelFileError } from "./onnx-structure.js";

const PROBE_SCRIPT = fileURLToPath(new URL("./onnx-probe-child.mjs", import.meta.url));
/** Loading even a large model takes a few seconds; a file that takes longer is refused. */
const PROBE_TIMEOUT_MS = 60_000;

interface ProbedValue {
  readonly name: string;
  readonly isTensor: boolean;
  readonly type?: string;
  readonly shape?: readonly (number | string)[];
}
type ProbeReply =
  | { readonly ok: true; readonly inputs: readonly ProbedValue[]; readonly outputs: readonly ProbedValue[] }
  | { readonly ok: false; readonly message: string };

/** onnxruntime's element types as the Open Inference Protocol names them. */
const DATATYPES: Readonly<Record<string, TensorDatatype>> = {
  bool: "BOOL",
  uint8: "UINT8",
  uint16: "UINT16",
  uint32: "UINT32",
  uint64: "UINT64",
  int8: "INT8",
  int16: "INT16",
  int32: "INT32",
  int64: "INT64",
  float16: "FP16",
  float32: "FP32",
  float64: "FP64",
  string: "BYTES",
};

/** onnxruntime's own words for why it cannot load a model, as advice for the learner. */
export function explainLoadFailure(message: string): string {
  const opset = /Opset (\d+) .*domain (\S+) is till opset (\d+)/s.exec(message);
  if (opset) {
    return `The model uses operator set ${opset[1]} of ${opset[2]}, and onnxruntime here supports up to ${opset[3]}. Export it again with an older opset, e.g. torch.onnx.export(..., opset_version=17).`;
  }
  const ir = /Unsupported model IR version: (\d+), max supported IR version: (\d+)/.exec(message);
  if (ir) {
    return `The model's file format (IR version ${ir[1]}) is newer than onnxruntime here reads (up to ${ir[2]}). Export it with an older onnx package or a lower ir_version.`;
  }
  // Drop the file path and the C++ location onnxruntime prefixes to its messages.
  const reason = message
    .replace(/^Load model from .*? failed:/s, "")
    .replace(/^\S+\.(cc|h):\d+ [^\n]*?\) /, "")
    .trim();
  return `onnxruntime could not load this model: ${reason || "no reason given"}. Check the export, then upload again.`;
}

function toSpec(value: ProbedValue, role: "input" | "output"): TensorSpec {
  const datatype = value.isTensor && value.type ? DATATYPES[value.type] : undefined;
  if (!datatype || !TENSOR_DATATYPES.includes(datatype)) {
    throw new ModelFileError(
      `The model's ${role} "${value.name}" is ${value.isTensor ? `a tensor of ${value.type ?? "unknown"} elements` : "not a tensor (a map or a sequence, e.g. from ZipMap)"}; Stepwise serves tensors of numbers, booleans or strings. Export without ZipMap (stepwise.export does) and try again.`,
    );
  }
  // Symbolic dimensions ("N", "batch") take any size: -1, as the inference protocol writes it.
  return {
    name: value.name,
    datatype,
    shape: (value.shape ?? []).map((dim) => (typeof dim === "number" && dim >= 0 ? dim : -1)),
  };
}

/**
 * Loads the ONNX file at `path` in onnxruntime, in a child process — a file crafted to crash the
 * runtime ends that process, not the server — and returns its signature. Throws a
 * {@link ModelFileError} when onnxruntime refuses the file, fails or takes too long.
 */
export function probeModel(path: string): Promise<ModelSignature> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PROBE_SCRIPT, path], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), PROBE_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 10_000) stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Stepwise could not start onnxruntime to check the model: ${error.message}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      let reply: ProbeReply | undefined;
      try {
        reply = JSON.parse(stdout) as ProbeReply;
      } catch {
        reply = undefined;
      }
      if (!reply) {
        const how =
          signal === "SIGKILL"
            ? `did not finish within ${PROBE_TIMEOUT_MS / 1000} s`
            : `crashed (${signal ?? `exit code ${code}`})`;
        return reject(
          new ModelFileError(
            `onnxruntime ${how} while loading this model, so Stepwise refuses it. Check the export, then upload again.`,
          ),
        );
      }
      if (!reply.ok) return reject(new ModelFileError(explainLoadFailure(reply.message)));
      try {
        resolve({
          inputs: reply.inputs.map((value) => toSpec(value, "input")),
          outputs: reply.outputs.map((value) => toSpec(value, "output")),
        });
      } catch (error) {
        reject(error);
      }
    });
  });
}
