import { Tensor } from "onnxruntime-node";
import type { TensorSpec } from "../../../shared/api/index.js";
import type { TensorDatatype } from "../../../shared/models/names.js";

/** Bad input for a model: the message names what the model expects. Answered with 400. */
export class InferenceInputError extends Error {
  override readonly name = "InferenceInputError";
}

type NumericArray =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array;

interface ElementKind {
  /** onnxruntime's name for the element type. */
  readonly ort: Tensor.Type;
  /** Turns checked JSON values into the typed data onnxruntime takes. */
  readonly fill: (values: readonly unknown[]) => NumericArray | string[];
  /** Checks one JSON value; returns why it does not fit, or null. */
  readonly refuse: (value: unknown) => string | null;
}

const notNumber = (value: unknown) => (typeof value === "number" ? null : "is not a number");
const integerIn = (low: number, high: number) => (value: unknown) =>
  typeof value !== "number" || !Number.isInteger(value)
    ? "is not a whole number"
    : value < low || value > high
      ? `is outside ${low}…${high}`
      : null;

const KINDS: Partial<Record<TensorDatatype, ElementKind>> = {
  FP32: { ort: "float32", fill: (v) => Float32Array.from(v as number[]), refuse: notNumber },
  FP64: { ort: "float64", fill: (v) => Float64Array.from(v as number[]), refuse: notNumber },
  INT8: { ort: "int8", fill: (v) => Int8Array.from(v as number[]), refuse: integerIn(-128, 127) },
  INT16: { ort: "int16", fill: (v) => Int16Array.from(v as number[]), refuse: integerIn(-32768, 32767) },
  INT32: { ort: "int32", fill: (v) => Int32Array.from(v as number[]), refuse: integerIn(-(2 ** 31), 2 ** 31 - 1) },
  INT64: {
    ort: "int64",
    fill: (v) => BigInt64Array.from(v as number[], (n) => BigInt(n)),
    refuse: integerIn(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
  },
  UINT8: { ort: "uint8", fill: (v) => Uint8Array.from(v as number[]), refuse: integerIn(0, 255) },
  UINT16: { ort: "uint16", fill: (v) => Uint16Array.from(v as number[]), refuse: integerIn(0, 65535) },
  UINT32: { ort: "uint32", fill: (v) => Uint32Array.from(v as number[]), refuse: integerIn(0, 2 ** 32 - 1) },
  UINT64: {
    ort: "uint64",
    fill: (v) => BigUint64Array.from(v as number[], (n) => BigInt(n)),
    refuse: integerIn(0, Number.MAX_SAFE_INTEGER),
  },
  BOOL: {
    ort: "bool",
    fill: (v) => Uint8Array.from(v as boolean[], (b) => (b ? 1 : 0)),
    refuse: (value) => (typeof value === "boolean" ? null : "is not true or false"),
  },
  BYTES: { ort: "string", fill: (v) => v as string[], refuse: (value) => (typeof value === "string" ? null : "is not a string") },
};

/** "FP32 [-1, 784]": how a tensor is described to someone who sent the wrong one. */
export function describeSpec(spec: TensorSpec): string {
  return `"${spec.name}": ${spec.datatype} [${spec.shape.join(", ")}]`;
}

/** Appends every leaf of a (possibly nested) JSON array to `out`, in row-major order. */
function flattenInto(value: unknown, out: unknown[]): void {
  if (Array.isArray(value)) for (const item of value) flattenInto(item, out);
  else out.push(value);
}

export function flatten(value: unknown): unknown[] {
  const out: unknown[] = [];
  flattenInto(value, out);
  return out;
}

/** The shape of a nested array, read along its first elements: [[1,2],[3,4]] → [2, 2]. */
export function nestedShape(value: unknown): number[] {
  const shape: number[] = [];
  let level = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

const product = (dims: readonly number[]) => dims.reduce((total, dim) => total * dim, 1);

/**
 * Builds the onnxruntime tensor for `spec` from JSON `data` (flat or nested) and `shape`, checking
 * the shape against the model's (-1 takes any size) and every value against the datatype.
 */
export function toInputTensor(spec: TensorSpec, shape: readonly number[], data: unknown): Tensor {
  const kind = KINDS[spec.datatype];
  if (!kind)
    throw new InferenceInputError(`Input ${describeSpec(spec)}: Stepwise cannot take ${spec.datatype} values over JSON.`);
  const fits =
    shape.length === spec.shape.length &&
    shape.every((dim, axis) => Number.isInteger(dim) && dim >= 0 && (spec.shape[axis] === -1 || spec.shape[axis] === dim));
  if (!fits) {
    throw new InferenceInputError(`Input ${describeSpec(spec)} cannot take shape [${shape.join(", ")}]; -1 is any size.`);
  }
  const values = flatten(data);
  if (values.length !== product(shape)) {
    throw new InferenceInputError(
      `Input "${spec.name}" has shape [${shape.join(", ")}], which holds ${product(shape)} values, but its data has ${values.length}.`,
    );
  }
  for (let index = 0; index < values.length; index += 1) {
    const problem = kind.refuse(values[index]);
    if (problem) {
      throw new InferenceInputError(
        `Input ${describeSpec(spec)}: value ${index} (${JSON.stringify(values[index]) ?? "nothing"}) ${problem}.`,
      );
    }
  }
  return new Tensor(kind.ort, kind.fill(values), [...shape]);
}

/** A tensor's elements as JSON values: int64s as numbers, booleans as true/false. */
export function tensorValues(tensor: Tensor): (number | string | boolean)[] {
  const data = tensor.data as ArrayLike<number | bigint | string>;
  if (tensor.type === "bool") return Array.from(data as ArrayLike<number>, (value) => value !== 0);
  if (tensor.type === "int64" || tensor.type === "uint64") return Array.from(data as ArrayLike<bigint>, Number);
  return Array.from(data as ArrayLike<number | string>);
}

/** Splits flat row-major `values` of `shape` into nested arrays; a 0-d shape gives the value itself. */
export function nest<T>(values: readonly T[], shape: readonly number[]): unknown {
  if (shape.length === 0) return values[0];
  if (shape.length === 1) return values.slice(0, shape[0]);
  const [first = 0, ...rest] = shape;
  const size = product(rest);
  return Array.from({ length: first }, (_, index) => nest(values.slice(index * size, (index + 1) * size), rest));
}
