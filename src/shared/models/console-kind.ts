import type { ModelSignature, TensorSpec } from "../api/index.js";
import { instanceWidth } from "./tensor-examples.js";
import { TENSOR_DATATYPES } from "./names.js";

/** Above this many features a form of number fields is longer than the JSON it stands for. */
export const MAX_FIELDS = 32;

/** The dims after the batch one that read as a 28×28 grey image, the way MNIST-style models take it. */
const IMAGE_DIMS: readonly (readonly number[])[] = [[784], [28, 28], [1, 28, 28]];

/** Every datatype a number field can fill: all but booleans and strings. */
const NUMERIC = new Set<TensorSpec["datatype"]>(TENSOR_DATATYPES.filter((type) => type !== "BOOL" && type !== "BYTES"));
/**
 * How the try-it console lets a learner give one instance: a drawing pad for a 28×28 image, a number
 * field per feature for a short row, or a JSON box for anything else.
 */
export type ConsoleKind =
  | { readonly kind: "drawing"; readonly input: TensorSpec }
  | { readonly kind: "fields"; readonly input: TensorSpec; readonly count: number }
  | { readonly kind: "json" };

/** True when `spec` takes a batch of fixed-size rows: a batch dimension first, every other size known. */
function fixedRows(spec: TensorSpec): boolean {
  return spec.shape[0] === -1 && spec.shape.length >= 2 && spec.shape.slice(1).every((dim) => dim > 0);
}

/**
 * Chooses the console for a model from its input signature. Only a single numeric input with a batch
 * dimension and known sizes gets a form; several inputs, strings, booleans and sizes that vary get
 * the JSON box, which can say anything the server accepts.
 */
export function chooseConsoleKind(signature: ModelSignature): ConsoleKind {
  const [input] = signature.inputs;
  if (signature.inputs.length !== 1 || !input || !NUMERIC.has(input.datatype) || !fixedRows(input)) return { kind: "json" };
  const dims = input.shape.slice(1);
  if (IMAGE_DIMS.some((image) => image.length === dims.length && image.every((dim, axis) => dim === dims[axis]))) {
    return { kind: "drawing", input };
  }
  const count = instanceWidth(input);
  return count <= MAX_FIELDS ? { kind: "fields", input, count } : { kind: "json" };
}
