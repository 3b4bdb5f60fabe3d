import type { Tensor } from "onnxruntime-node";
import type { ModelSignature, TensorSpec } from "../../../shared/api/index.js";
import type { Feeds, Results } from "./batcher.js";
import { describeSpec, flatten, InferenceInputError, nest, nestedShape, tensorValues, toInputTensor } from "./tensors.js";

/** The model's inputs in words, for error messages. */
const expectedInputs = (signature: ModelSignature) => signature.inputs.map(describeSpec).join(", ");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The shape one instance of `spec` has: its dims after the batch one, read from the data where they vary. */
function rowShape(spec: TensorSpec, row: unknown): number[] {
  const fixed = spec.shape.slice(1);
  if (fixed.every((dim) => dim >= 0)) return fixed;
  const seen = nestedShape(row);
  return fixed.map((dim, axis) => (dim >= 0 ? dim : (seen[axis] ?? 0)));
}

function stackInstances(spec: TensorSpec, rows: readonly unknown[]): Tensor {
  if (spec.shape[0] !== -1) {
    throw new InferenceInputError(
      `Input ${describeSpec(spec)} has no batch dimension, so it cannot take {"instances"}; use POST /v2/models/…/infer with the whole tensor.`,
    );
  }
  const shape = rowShape(spec, rows[0]);
  const size = shape.reduce((total, dim) => total * dim, 1);
  const values: unknown[] = [];
  rows.forEach((row, index) => {
    const flat = flatten(row);
    if (flat.length !== size) {
      throw new InferenceInputError(
        `Instance ${index} gives input "${spec.name}" ${flat.length} values; the model takes ${size} per instance (${describeSpec(spec)}).`,
      );
    }
    values.push(...flat);
  });
  return toInputTensor(spec, [rows.length, ...shape], values);
}

/**
 * The inputs for `{"instances": [...]}`: each instance is the row of a one-input model, or
 * `{inputName: row}` for a model with several inputs.
 */
export function instancesToFeeds(signature: ModelSignature, instances: unknown): Feeds {
  if (!Array.isArray(instances) || instances.length === 0) {
    throw new InferenceInputError(
      `Send {"instances": [...]} with one entry per example; the model takes ${expectedInputs(signature)}.`,
    );
  }
  const [only] = signature.inputs;
  if (signature.inputs.length === 1 && only) return { [only.name]: stackInstances(only, instances) };
  const feeds: Record<string, Tensor> = {};
  for (const spec of signature.inputs) {
    const rows = instances.map((instance, index) => {
      if (!isRecord(instance) || !(spec.name in instance)) {
        throw new InferenceInputError(`Instance ${index} must be an object with every input: ${expectedInputs(signature)}.`);
      }
      return instance[spec.name];
    });
    feeds[spec.name] = stackInstances(spec, rows);
  }
  return feeds;
}

/** One prediction per instance: the output's row, or `{outputName: row}` when the model has several outputs. */
export function resultsToPredictions(signature: ModelSignature, results: Results, count: number): unknown[] {
  const rowsOf = (tensor: Tensor): unknown[] => {
    const values = tensorValues(tensor);
    const shape = tensor.dims.slice(1);
    const size = shape.reduce((total, dim) => total * dim, 1);
    return Array.from({ length: count }, (_, row) => nest(values.slice(row * size, (row + 1) * size), shape));
  };
  const outputs = signature.outputs.map((spec) => [spec.name, rowsOf(results[spec.name] as Tensor)] as const);
  const [single] = outputs;
  if (outputs.length === 1 && single) return single[1];
  return Array.from({ length: count }, (_, row) => Object.fromEntries(outputs.map(([name, rows]) => [name, rows[row]])));
}

/** An Open Inference Protocol v2 request, checked. */
export interface InferRequest {
  readonly id: string | undefined;
  readonly feeds: Feeds;
  /** The outputs asked for, in order; all of them when the request names none. */
  readonly outputs: readonly string[];
}

/** Reads an OIP v2 `infer` body; throws an {@link InferenceInputError} naming what the model expects. */
export function readInferRequest(signature: ModelSignature, body: unknown): InferRequest {
  if (!isRecord(body) || !Array.isArray(body.inputs)) {
    throw new InferenceInputError(
      `Send {"inputs": [{"name", "shape", "datatype", "data"}]}; the model takes ${expectedInputs(signature)}.`,
    );
  }
  const feeds: Record<string, Tensor> = {};
  for (const input of body.inputs as unknown[]) {
    if (!isRecord(input) || typeof input.name !== "string") {
      throw new InferenceInputError(`Every input needs a "name"; the model takes ${expectedInputs(signature)}.`);
    }
    const spec = signature.inputs.find((candidate) => candidate.name === input.name);
    if (!spec) throw new InferenceInputError(`The model has no input "${input.name}"; it takes ${expectedInputs(signature)}.`);
    if (input.name in feeds) throw new InferenceInputError(`Input "${input.name}" is given twice.`);
    if (input.datatype !== spec.datatype) {
      throw new InferenceInputError(
        `Input "${spec.name}" has datatype ${spec.datatype}, not ${String(input.datatype)}: ${describeSpec(spec)}.`,
      );
    }
    if (!Array.isArray(input.shape) || !input.shape.every((dim) => typeof dim === "number")) {
      throw new InferenceInputError(
        `Input "${spec.name}" needs "shape", a list of sizes such as [1, ${spec.shape.slice(1).join(", ")}].`,
      );
    }
    feeds[spec.name] = toInputTensor(spec, input.shape as number[], input.data);
  }
  const missing = signature.inputs.filter((spec) => !(spec.name in feeds));
  if (missing.length > 0) throw new InferenceInputError(`Missing input ${missing.map(describeSpec).join(", ")}.`);

  let outputs = signature.outputs.map((spec) => spec.name);
  if (body.outputs !== undefined) {
    if (!Array.isArray(body.outputs))
      throw new InferenceInputError(`"outputs" must be a list such as [{"name": "${outputs[0] ?? "output"}"}].`);
    outputs = (body.outputs as unknown[]).map((output) => {
      const name = isRecord(output) ? output.name : undefined;
      if (typeof name !== "string" || !signature.outputs.some((spec) => spec.name === name)) {
        throw new InferenceInputError(
          `The model has no output ${JSON.stringify(name)}; its outputs are ${signature.outputs.map((spec) => spec.name).join(", ")}.`,
        );
      }
      return name;
    });
  }
  const id = body.id === undefined ? undefined : String(body.id);
  return { id, feeds, outputs };
}

/** The response's `outputs`: each asked-for tensor with its shape, datatype and flat data. */
export function inferOutputs(signature: ModelSignature, results: Results, names: readonly string[]) {
  return names.map((name) => {
    const tensor = results[name] as Tensor;
    const spec = signature.outputs.find((candidate) => candidate.name === name);
    return { name, shape: [...tensor.dims], datatype: spec?.datatype ?? "FP32", data: tensorValues(tensor) };
  });
}

/** How many rows a request carries (the first input's batch size), for metrics. */
export function rowsIn(feeds: Feeds): number {
  return Object.values(feeds)[0]?.dims[0] ?? 0;
}
