import type { TensorDatatype } from "../../../shared/models/names.js";
import type { TensorSpec } from "../../../shared/api/index.js";
import type { SelfHostBundleInput } from "./bundle-input.js";

/** Triton's name for each Open Inference Protocol datatype; BYTES is TYPE_STRING there. */
export const TRITON_TYPES: Readonly<Record<TensorDatatype, string>> = {
  BOOL: "TYPE_BOOL",
  UINT8: "TYPE_UINT8",
  UINT16: "TYPE_UINT16",
  UINT32: "TYPE_UINT32",
  UINT64: "TYPE_UINT64",
  INT8: "TYPE_INT8",
  INT16: "TYPE_INT16",
  INT32: "TYPE_INT32",
  INT64: "TYPE_INT64",
  FP16: "TYPE_FP16",
  FP32: "TYPE_FP32",
  FP64: "TYPE_FP64",
  BYTES: "TYPE_STRING",
};

/**
 * A protobuf text-format string literal. Tensor names come from the learner's ONNX file; text
 * format has no \u escape, so every byte outside printable ASCII is written as an octal escape
 * of its UTF-8 encoding, which the parser turns back into the same UTF-8 string.
 */
export function protobufString(text: string): string {
  let body = "";
  for (const byte of new TextEncoder().encode(text)) {
    if (byte === 0x22) body += '\\"';
    else if (byte === 0x5c) body += "\\\\";
    else if (byte >= 0x20 && byte < 0x7f) body += String.fromCharCode(byte);
    else body += `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return `"${body}"`;
}

function tensorBlock(tensor: TensorSpec): string {
  // Triton wants at least one dimension; a scalar is declared as [1] and reshaped to [], as its
  // model configuration guide says for tensors without dimensions.
  const scalar = tensor.shape.length === 0;
  const lines = [
    `    name: ${protobufString(tensor.name)}`,
    `    data_type: ${TRITON_TYPES[tensor.datatype]}`,
    `    dims: [ ${(scalar ? [1] : tensor.shape).join(", ")} ]`,
    ...(scalar ? ["    reshape: { shape: [ ] }"] : []),
  ];
  return `  {\n${lines.join("\n")}\n  }`;
}

/**
 * `triton/<name>/config.pbtxt`: the model for Triton's ONNX Runtime backend. max_batch_size is 0
 * so that dims are the full shapes, batch dimension included, exactly as the signature has them
 * (-1 where any size goes); with batching on, Triton would add a batch dimension of its own.
 */
export function renderTritonConfig(input: SelfHostBundleInput): string {
  const { inputs, outputs } = input.signature;
  return [
    "# The model's configuration for Triton Inference Server, made by Stepwise.",
    `name: ${protobufString(input.name)}`,
    'platform: "onnxruntime_onnx"',
    "max_batch_size: 0",
    `input [\n${inputs.map(tensorBlock).join(",\n")}\n]`,
    `output [\n${outputs.map(tensorBlock).join(",\n")}\n]`,
    "",
  ].join("\n");
}
