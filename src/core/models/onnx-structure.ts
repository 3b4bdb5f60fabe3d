import protobuf from "protobufjs";

/**
 * The part of ONNX's schema (onnx.proto, proto2) that an upload is checked against: where tensors
 * and subgraphs can hide, and the operator sets. Field numbers are ONNX's; every other field of the
 * real schema is skipped while decoding, so big weights are never copied.
 */
const ONNX_SUBSET = `
syntax = "proto2";
package onnx;
message ModelProto {
  optional int64 ir_version = 1;
  optional string producer_name = 2;
  optional GraphProto graph = 7;
  repeated OperatorSetIdProto opset_import = 8;
}
message OperatorSetIdProto { optional string domain = 1; optional int64 version = 2; }
message GraphProto {
  repeated NodeProto node = 1;
  repeated TensorProto initializer = 5;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
  repeated SparseTensorProto sparse_initializer = 15;
}
message NodeProto { optional string op_type = 4; repeated AttributeProto attribute = 5; optional string domain = 7; }
message AttributeProto {
  optional TensorProto t = 5;
  optional GraphProto g = 6;
  repeated GraphProto graphs = 10;
  repeated TensorProto tensors = 11;
  optional SparseTensorProto sparse_tensor = 22;
  repeated SparseTensorProto sparse_tensors = 23;
}
message TensorProto {
  optional string name = 8;
  repeated StringStringEntryProto external_data = 13;
  optional int32 data_location = 14;
}
message SparseTensorProto { optional TensorProto values = 1; optional TensorProto indices = 2; }
message StringStringEntryProto { optional string key = 1; optional string value = 2; }
message ValueInfoProto { optional string name = 1; }
`;

const ModelProto = protobuf.parse(ONNX_SUBSET, { keepCase: true }).root.lookupType("onnx.ModelProto");
const EXTERNAL_DATA_LOCATION = 1;

interface Tensor {
  name?: string;
  external_data?: { key?: string; value?: string }[];
  data_location?: number;
}
interface SparseTensor {
  values?: Tensor;
  indices?: Tensor;
}
interface Attribute {
  t?: Tensor;
  g?: Graph;
  graphs?: Graph[];
  tensors?: Tensor[];
  sparse_tensor?: SparseTensor;
  sparse_tensors?: SparseTensor[];
}
interface Graph {
  node?: { attribute?: Attribute[] }[];
  initializer?: Tensor[];
  sparse_initializer?: SparseTensor[];
  input?: unknown[];
  output?: unknown[];
}
interface Model {
  ir_version?: number | { toNumber(): number };
  graph?: Graph;
  opset_import?: { domain?: string; version?: number | { toNumber(): number } }[];
}

/** What the structural check learned about an ONNX file. */
export interface OnnxStructure {
  readonly irVersion: number;
  /** Operator set versions by domain; `""` is the default domain (ai.onnx). */
  readonly opsets: Readonly<Record<string, number>>;
}

/** An upload that is not a usable ONNX model; the message says what it is instead and what to do. */
export class ModelFileError extends Error {
  override readonly name = "ModelFileError";
}

const asNumber = (value: number | { toNumber(): number } | undefined): number =>
  value === undefined ? 0 : typeof value === "number" ? value : value.toNumber();

/** What a file that is not ONNX most likely is, from its first bytes, to say so plainly. */
function notOnnxMessage(bytes: Uint8Array): string {
  const start = Buffer.from(bytes.subarray(0, 512));
  if (start[0] === 0x50 && start[1] === 0x4b) {
    return "This is a zip archive, not an ONNX file (a PyTorch .pt checkpoint is one too). Upload the .onnx file itself: unzip it first, or export the model with stepwise.export or torch.onnx.export.";
  }
  if (start[0] === 0x1f && start[1] === 0x8b)
    return "This is a gzip-compressed file, not an ONNX file. Decompress it and upload the .onnx file.";
  if (start[0] === 0x80 && start[1] !== undefined && start[1] <= 5) {
    return 'This looks like a Python pickle (pickle or joblib), not an ONNX file. Export the model with stepwise.export.to_onnx(model, "model.onnx") and upload that.';
  }
  const text = start.toString("latin1");
  if (/^[\t\n\r\x20-\x7e]*$/.test(text))
    return "This is a text file, not an ONNX model. Upload the binary .onnx file your export wrote.";
  return "This file does not parse as an ONNX model; it may be truncated or another kind of file. Export the model again (stepwise.export, torch.onnx.export) and upload the .onnx file.";
}

/** Every tensor a graph holds, its subgraphs' included (If, Loop and Scan carry graphs in attributes). */
function* tensorsOf(graph: Graph): Generator<Tensor> {
  yield* graph.initializer ?? [];
  for (const sparse of graph.sparse_initializer ?? []) yield* [sparse.values, sparse.indices].filter((t) => t !== undefined);
  for (const node of graph.node ?? []) {
    for (const attribute of node.attribute ?? []) {
      if (attribute.t) yield attribute.t;
      yield* attribute.tensors ?? [];
      for (const sparse of [attribute.sparse_tensor, ...(attribute.sparse_tensors ?? [])]) {
        if (sparse) yield* [sparse.values, sparse.indices].filter((t) => t !== undefined);
      }
      for (const subgraph of [attribute.g, ...(attribute.graphs ?? [])]) if (subgraph) yield* tensorsOf(subgraph);
    }
  }
}

/**
 * Checks that `bytes` is an ONNX model whose weights are all inside the file: a model that names
 * external data files could make the runtime read any file on the server. Throws a
 * {@link ModelFileError} saying what is wrong; onnxruntime itself is the next, final check.
 */
export function checkOnnxStructure(bytes: Uint8Array): OnnxStructure {
  if (bytes.length === 0) throw new ModelFileError("The file is empty. Upload the .onnx file your export wrote.");
  let model: Model;
  try {
    model = ModelProto.decode(bytes) as unknown as Model;
  } catch {
    throw new ModelFileError(notOnnxMessage(bytes));
  }
  const graph = model.graph;
  if (!graph || asNumber(model.ir_version) <= 0 || (graph.input ?? []).length === 0 || (graph.output ?? []).length === 0) {
    throw new ModelFileError(notOnnxMessage(bytes));
  }
  for (const tensor of tensorsOf(graph)) {
    if (tensor.data_location === EXTERNAL_DATA_LOCATION || (tensor.external_data ?? []).length > 0) {
      const file = tensor.external_data?.find((entry) => entry.key === "location")?.value;
      throw new ModelFileError(
        `The model keeps the weights of "${tensor.name ?? "a tensor"}" in a separate file${file ? ` (${file})` : ""}, which Stepwise does not accept. ` +
          "Save everything in one file: onnx.save(model, path, save_as_external_data=False), or torch.onnx.export(..., external_data=False).",
      );
    }
  }
  const opsets: Record<string, number> = {};
  for (const entry of model.opset_import ?? []) opsets[entry.domain ?? ""] = asNumber(entry.version);
  return { irVersion: asNumber(model.ir_version), opsets };
}
