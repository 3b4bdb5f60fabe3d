import type { ModelSignature, TensorSpec } from "../api/index.js";

/** A value a tensor can hold, as JSON writes it. */
export type ExampleScalar = number | boolean | string;

/**
 * An example request body, kept in a form that remembers "784 zeros" as one thing, so each language
 * can write it its own way (`[0] * 784` in Python, `Array(784).fill(0)` in JavaScript) while JSON
 * (and so curl) gets the literal list.
 */
export type Example =
  | { readonly kind: "scalar"; readonly value: ExampleScalar }
  | { readonly kind: "repeat"; readonly value: ExampleScalar; readonly count: number }
  | { readonly kind: "list"; readonly items: readonly Example[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Example])[] };

/**
 * The dims of one instance of `spec` (everything after the batch dimension), with a dimension of any
 * size (-1) read as 1 so that an example is always a valid, if small, instance.
 */
export function instanceDims(spec: TensorSpec): number[] {
  return spec.shape.slice(1).map((dim) => (dim < 0 ? 1 : dim));
}

/** How many values one instance of `spec` holds (784 for a [-1, 28, 28] image). */
export function instanceWidth(spec: TensorSpec): number {
  return instanceDims(spec).reduce((total, dim) => total * dim, 1);
}

/** The "nothing" value of a datatype: 0 for numbers, false for BOOL, "" for BYTES. */
export function zeroValue(datatype: TensorSpec["datatype"]): ExampleScalar {
  if (datatype === "BOOL") return false;
  if (datatype === "BYTES") return "";
  return 0;
}

/** One instance of `spec` filled with its zero value, flat: the server takes rows flat whatever the dims. */
export function zeroRow(spec: TensorSpec): Example {
  return { kind: "repeat", value: zeroValue(spec.datatype), count: instanceWidth(spec) };
}

/** One instance for the whole model: the row of a one-input model, `{inputName: row}` for several inputs. */
export function zeroInstance(signature: ModelSignature): Example {
  const [only] = signature.inputs;
  if (signature.inputs.length === 1 && only) return zeroRow(only);
  return { kind: "object", entries: signature.inputs.map((spec) => [spec.name, zeroRow(spec)] as const) };
}

/** `{"instances": [one zero instance]}`: a body the plain predict route accepts for this signature. */
export function predictExample(signature: ModelSignature): Example {
  return { kind: "object", entries: [["instances", { kind: "list", items: [zeroInstance(signature)] }]] };
}

/** An Open Inference Protocol v2 `infer` body with one zero instance (batch of 1) for every input. */
export function inferExample(signature: ModelSignature): Example {
  const scalar = (value: ExampleScalar): Example => ({ kind: "scalar", value });
  const inputs: Example[] = signature.inputs.map((spec) => ({
    kind: "object",
    entries: [
      ["name", scalar(spec.name)],
      ["shape", { kind: "list", items: [1, ...instanceDims(spec)].map(scalar) }],
      ["datatype", scalar(spec.datatype)],
      ["data", zeroRow(spec)],
    ],
  }));
  return { kind: "object", entries: [["inputs", { kind: "list", items: inputs }]] };
}

/** The plain JSON value an example stands for, every repeat written out. */
export function expandExample(example: Example): unknown {
  switch (example.kind) {
    case "scalar":
      return example.value;
    case "repeat":
      return Array.from({ length: example.count }, () => example.value);
    case "list":
      return example.items.map(expandExample);
    case "object":
      return Object.fromEntries(example.entries.map(([key, value]) => [key, expandExample(value)]));
  }
}
