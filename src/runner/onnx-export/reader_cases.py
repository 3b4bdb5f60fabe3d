"""Reads ONNX files with stepwise.onnx_reader and with the onnx package; prints both views. Run by
onnx-reader.test.ts:

    PYTHONPATH=python python3 reader_cases.py views     # {"views": {case: {"reader": ..., "onnx": ...}}}
    PYTHONPATH=python python3 reader_cases.py refusals  # {case: {"type", "message"}} for bad bytes

The cases are every file export_cases.py exports (each kind of model stepwise.export supports)
and models built with onnx.helper that use what the exporter never writes: float_data and the
other typed fields instead of raw_data, every tensor element type, free and unknown dimensions,
sequence and optional types, subgraphs in attributes, external data, doc strings, metadata,
functions and sparse initializers (which the reader skips). Both views are plain JSON with the
same layout, so the test compares them with one toEqual; non-finite floats become strings.
"""

from __future__ import annotations

import json
import math
import os
import sys
import warnings

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from stepwise import onnx_reader
from stepwise.export import mlp_to_onnx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_cases import CASES  # noqa: E402  (fits and exports every supported kind of model)

warnings.filterwarnings("ignore")


def plain(value):
    """JSON-safe: non-finite floats and integers beyond 2^53 as strings, complex numbers as [re, im],
    bytes that are not UTF-8 as a hex marker."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**53:
        return str(value)  # JSON.parse would round it, hiding a difference
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, complex):
        return [plain(value.real), plain(value.imag)]
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return {"bytes": value.hex()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


# ------------------------------------------------------------------ the onnx package's view


def onnx_type(type_proto) -> dict:
    kind = type_proto.WhichOneof("value")
    names = {"tensor_type": "tensor", "sequence_type": "sequence", "map_type": "map",
             "sparse_tensor_type": "sparse_tensor", "optional_type": "optional"}
    if kind in ("tensor_type", "sparse_tensor_type"):
        tensor_type = getattr(type_proto, kind)
        shape = None
        if tensor_type.HasField("shape"):
            shape = [d.dim_value if d.HasField("dim_value") else d.dim_param if d.HasField("dim_param") else None
                     for d in tensor_type.shape.dim]
        elem = tensor_type.elem_type if tensor_type.HasField("elem_type") else None
        return {"kind": names[kind], "elem_type": elem, "shape": shape}
    return {"kind": names.get(kind), "elem_type": None, "shape": None}


def onnx_value_info(info) -> dict:
    return {"name": info.name, **onnx_type(info.type)}


def onnx_tensor(tensor) -> dict:
    external = {entry.key: entry.value for entry in tensor.external_data}
    if tensor.data_location == TensorProto.EXTERNAL:
        values = None
    elif tensor.data_type == TensorProto.STRING:
        values = plain(list(tensor.string_data))
    else:
        array = numpy_helper.to_array(tensor)
        if tensor.data_type == TensorProto.BFLOAT16:  # onnx 1.12 gives bfloat16 as its float32 value
            array = array.astype(np.float32)
        values = plain(array.flatten().tolist())
    return {"name": tensor.name, "data_type": tensor.data_type, "dims": list(tensor.dims), "values": values,
            "external_data": external}


def onnx_attribute(attribute):
    value = helper.get_attribute_value(attribute)
    if attribute.type == onnx.AttributeProto.TENSOR:
        return {"tensor": onnx_tensor(value)}
    if attribute.type == onnx.AttributeProto.TENSORS:
        return [{"tensor": onnx_tensor(item)} for item in value]
    if attribute.type == onnx.AttributeProto.GRAPH:
        return {"graph": onnx_graph(value)}
    if attribute.type == onnx.AttributeProto.GRAPHS:
        return [{"graph": onnx_graph(item)} for item in value]
    is_list = isinstance(value, (list, tuple)) or type(value).__name__.startswith("Repeated")
    return plain(list(value) if is_list else value)


def onnx_graph(graph) -> dict:
    return {
        "name": graph.name,
        "doc_string": graph.doc_string,
        "inputs": [onnx_value_info(info) for info in graph.input],
        "outputs": [onnx_value_info(info) for info in graph.output],
        "value_infos": [onnx_value_info(info) for info in graph.value_info],
        "initializers": [onnx_tensor(tensor) for tensor in graph.initializer],
        "nodes": [
            {"op_type": node.op_type, "domain": node.domain, "name": node.name, "inputs": list(node.input),
             "outputs": list(node.output), "attributes": {a.name: onnx_attribute(a) for a in node.attribute}}
            for node in graph.node
        ],
    }


def onnx_view(data: bytes) -> dict:
    model = onnx.load_from_string(data)
    return {
        "ir_version": model.ir_version,
        "producer_name": model.producer_name,
        "producer_version": model.producer_version,
        "domain": model.domain,
        "model_version": model.model_version,
        "doc_string": model.doc_string,
        "opset_imports": {opset.domain: opset.version for opset in model.opset_import},
        "metadata": {entry.key: entry.value for entry in model.metadata_props},
        "graph": onnx_graph(model.graph),
    }


# ------------------------------------------------------------------ the reader's view, same layout


def reader_value_info(info: onnx_reader.ValueInfo) -> dict:
    return {"name": info.name, "kind": info.kind, "elem_type": info.elem_type, "shape": info.shape}


def reader_tensor(tensor: onnx_reader.Tensor) -> dict:
    return {"name": tensor.name, "data_type": tensor.data_type, "dims": tensor.dims,
            "values": None if tensor.values is None else plain(tensor.values), "external_data": tensor.external_data}


def reader_attribute(value):
    if isinstance(value, onnx_reader.Tensor):
        return {"tensor": reader_tensor(value)}
    if isinstance(value, onnx_reader.Graph):
        return {"graph": reader_graph(value)}
    if isinstance(value, list):
        return [reader_attribute(item) for item in value]
    return plain(value)


def reader_graph(graph: onnx_reader.Graph) -> dict:
    return {
        "name": graph.name,
        "doc_string": graph.doc_string,
        "inputs": [reader_value_info(info) for info in graph.inputs],
        "outputs": [reader_value_info(info) for info in graph.outputs],
        "value_infos": [reader_value_info(info) for info in graph.value_infos],
        "initializers": [reader_tensor(tensor) for tensor in graph.initializers],
        "nodes": [
            {"op_type": node.op_type, "domain": node.domain, "name": node.name, "inputs": node.inputs,
             "outputs": node.outputs, "attributes": {k: reader_attribute(v) for k, v in node.attributes.items()}}
            for node in graph.nodes
        ],
    }


def reader_view(data: bytes) -> dict:
    model = onnx_reader.read_model(data)
    return {
        "ir_version": model.ir_version,
        "producer_name": model.producer_name,
        "producer_version": model.producer_version,
        "domain": model.domain,
        "model_version": model.model_version,
        "doc_string": model.doc_string,
        "opset_imports": model.opset_imports,
        "metadata": model.metadata,
        "graph": reader_graph(model.graph),
    }


# ------------------------------------------------------------------ models the exporter never writes


def every_element_type() -> bytes:
    """Initializers of every element type, through the typed fields (not raw_data) and raw_data."""
    rng = np.random.default_rng(7)
    floats = rng.normal(size=6).astype(np.float32)
    tensors = [
        helper.make_tensor("f32_typed", TensorProto.FLOAT, [2, 3], floats.tolist()),
        helper.make_tensor("f32_raw", TensorProto.FLOAT, [2, 3], floats.tobytes(), raw=True),
        helper.make_tensor("f32_special", TensorProto.FLOAT, [4], [math.inf, -math.inf, -0.0, 1e-45]),
        helper.make_tensor("f64", TensorProto.DOUBLE, [3], [0.1, -2.5e300, 1 / 3]),
        helper.make_tensor("i8", TensorProto.INT8, [3], [-128, 0, 127]),
        helper.make_tensor("u8", TensorProto.UINT8, [3], [0, 200, 255]),
        helper.make_tensor("i16", TensorProto.INT16, [2], [-32768, 32767]),
        helper.make_tensor("u16", TensorProto.UINT16, [2], [0, 65535]),
        helper.make_tensor("i32", TensorProto.INT32, [3], [-(2**31), -1, 2**31 - 1]),
        helper.make_tensor("i64", TensorProto.INT64, [3], [-(2**63), -1, 2**63 - 1]),
        helper.make_tensor("u32", TensorProto.UINT32, [2], [0, 2**32 - 1]),
        helper.make_tensor("u64", TensorProto.UINT64, [2], [0, 2**64 - 1]),
        helper.make_tensor("bools", TensorProto.BOOL, [3], [True, False, True]),
        helper.make_tensor("f16", TensorProto.FLOAT16, [3], np.array([0.5, -2.0, 65504], dtype=np.float16)),
        helper.make_tensor("f16_raw", TensorProto.FLOAT16, [2], np.array([1.5, -0.25], np.float16).tobytes(), raw=True),
        helper.make_tensor("bf16", TensorProto.BFLOAT16, [2], [1.0, -3.5]),
        TensorProto(name="bf16_raw", data_type=TensorProto.BFLOAT16, dims=[2],
                    raw_data=np.array([16256, 49248], np.uint16).tobytes()),
        TensorProto(name="c64_raw", data_type=TensorProto.COMPLEX64, dims=[2],
                    raw_data=np.array([1 + 2j, 3 - 4j], np.complex64).tobytes()),
        TensorProto(name="c128_raw", data_type=TensorProto.COMPLEX128, dims=[1, 2],
                    raw_data=np.array([0.5 - 1j, 1e300j]).tobytes()),
        helper.make_tensor("strings", TensorProto.STRING, [3], [b"cat", "caf\u00e9".encode(), b""]),
        helper.make_tensor("i64_raw", TensorProto.INT64, [2, 2], np.array([1, -2, 3, -4], np.int64).tobytes(), raw=True),
        helper.make_tensor("scalar", TensorProto.FLOAT, [], [42.0]),
        helper.make_tensor("empty", TensorProto.FLOAT, [0, 3], []),
    ]
    external = TensorProto(name="far_away", data_type=TensorProto.FLOAT, dims=[1000])
    external.data_location = TensorProto.EXTERNAL
    for key, value in (("location", "weights.bin"), ("offset", "0"), ("length", "4000")):
        entry = external.external_data.add()
        entry.key, entry.value = key, value
    tensors.append(external)
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", 3])
    graph = helper.make_graph([helper.make_node("Add", ["x", "f32_typed"], ["y"])], "types", [x], [y], tensors)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]).SerializeToString()


def every_kind_of_field() -> bytes:
    """Attributes of every decoded kind, subgraphs, odd shapes and types, and fields the reader skips."""
    branch_out = helper.make_tensor_value_info("branch_out", TensorProto.FLOAT, [1])
    then_graph = helper.make_graph(
        [helper.make_node("Constant", [], ["branch_out"],
                          value=helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0]))],
        "then_branch", [], [branch_out])
    else_graph = helper.make_graph(
        [helper.make_node("Constant", [], ["branch_out"], value_float=-1.0)], "else_branch", [], [branch_out])
    nodes = [
        helper.make_node("If", ["flag"], ["chosen"], name="choose", then_branch=then_graph, else_branch=else_graph),
        helper.make_node(
            "Custom", ["x"], ["custom_out"], name="every_attribute", domain="example.custom",
            f=0.25, i=-7, zero=0, s="caf\u00e9", raw_bytes=b"\xff\xfe", floats=[1.5, -2.0, 3e38], ints=[-1, 0, 2**40],
            strings=["a", "b"], t=helper.make_tensor("t", TensorProto.INT64, [2], [5, -6]),
            tensors=[helper.make_tensor("t1", TensorProto.FLOAT, [1], [0.5]),
                     helper.make_tensor("t2", TensorProto.STRING, [1], [b"z"])],
            graphs=[then_graph, else_graph],
            doc_string="a node's doc string, which the reader skips",
        ),
        helper.make_node("Identity", ["x"], ["x_copy"], domain="ai.onnx"),
    ]
    inputs = [
        helper.make_tensor_value_info("flag", TensorProto.BOOL, []),
        helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", None, 28, 28]),
        helper.make_tensor_value_info("unknown_rank", TensorProto.DOUBLE, None),
        helper.make_empty_tensor_value_info("untyped"),
    ]
    outputs = [
        helper.make_tensor_value_info("chosen", TensorProto.FLOAT, [1]),
        helper.make_tensor_sequence_value_info("custom_out", TensorProto.STRING, None),
        helper.make_value_info("x_copy", helper.make_optional_type_proto(
            helper.make_tensor_type_proto(TensorProto.FLOAT, ["N"]))),
        helper.make_sparse_tensor_value_info("sparse_out", TensorProto.FLOAT, [10, 10]),
    ]
    value_infos = [helper.make_tensor_value_info("between", TensorProto.INT32, [3, "k"])]
    graph = helper.make_graph(nodes, "every_field", inputs, outputs, value_info=value_infos,
                              doc_string="a graph's doc string")
    sparse = helper.make_sparse_tensor(
        helper.make_tensor("sparse_values", TensorProto.FLOAT, [2], [1.0, 2.0]),
        helper.make_tensor("sparse_indices", TensorProto.INT64, [2], [0, 5]), [10])
    graph.sparse_initializer.append(sparse)
    function = helper.make_function("example.custom", "Twice", ["a"], ["b"],
                                    [helper.make_node("Add", ["a", "a"], ["b"])],
                                    [helper.make_opsetid("", 13)])
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("example.custom", 1),
                       helper.make_opsetid("ai.onnx.ml", 3)],
        producer_name="hand-made", producer_version="1.0", domain="org.example", model_version=12,
        doc_string="Built with onnx.helper for the reader's tests.", functions=[function],
    )
    helper.set_model_props(model, {"author": "Stepwise tests", "licence": "MIT"})
    return model.SerializeToString()


def views() -> dict:
    files = {case: make()[0] for case, make in CASES.items()}
    rng = np.random.default_rng(3)
    # A digits-sized network: 784 inputs, the size the registry's examples use.
    files["mlp 784-32-10"] = mlp_to_onnx(
        [(rng.normal(size=(784, 32)), rng.normal(size=32), "relu"), (rng.normal(size=(32, 10)), None, "softmax")],
        name="digits")
    files["every element type"] = every_element_type()
    files["every kind of field"] = every_kind_of_field()
    return {case: {"reader": reader_view(data), "onnx": onnx_view(data)} for case, data in files.items()}


# ------------------------------------------------------------------ bytes that are not a model


def refusals() -> dict:
    good = mlp_to_onnx([([[1.0, 2.0], [3.0, 4.0]], [0.0, 0.0], "softmax")])
    graph_only = onnx.load_from_string(good).graph.SerializeToString()
    no_graph = helper.make_model(helper.make_graph([], "g", [], []))
    no_graph.ClearField("graph")
    no_ir = onnx.load_from_string(good)
    no_ir.ClearField("ir_version")
    bad_raw = onnx.load_from_string(good)
    bad_raw.graph.initializer[0].raw_data = bad_raw.graph.initializer[0].raw_data[:-2]
    short_data = onnx.load_from_string(good)
    short_data.graph.initializer[0].dims[:] = [3, 2]
    bad_text = onnx.load_from_string(good)
    bad_text.graph.name = "NAME_"
    bad_utf8 = bad_text.SerializeToString().replace(b"NAME_", b"\xff\xfe\xfd\xfc\xfb")
    cases = {
        "empty": b"",
        "text": b"hello, I am not a model",
        "JSON": b'{"instances": [[0, 1, 2]]}',
        "PNG header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "cut in half": good[: len(good) // 2],
        "a graph without its model": graph_only,
        "a model without a graph": no_graph.SerializeToString(),
        "a model without ir_version": no_ir.SerializeToString(),
        "raw data of the wrong length": bad_raw.SerializeToString(),
        "dims that do not match the data": short_data.SerializeToString(),
        "a name that is not UTF-8": bad_utf8,
        "an endless number": b"\x08" + b"\xff" * 12,
    }
    out = {}
    for case, data in cases.items():
        try:
            onnx_reader.read_model(data)
            out[case] = {"type": None, "message": "read without an error"}
        except Exception as error:  # noqa: BLE001 - the test checks the type
            out[case] = {"type": type(error).__name__, "message": str(error)}
    return out


if __name__ == "__main__":
    if sys.argv[1] == "views":
        print(json.dumps({"views": views(), "onnx": onnx.__version__}))
    elif sys.argv[1] == "refusals":
        print(json.dumps(refusals()))
    else:
        sys.exit(f"unknown command {sys.argv[1]!r}: use views or refusals")
