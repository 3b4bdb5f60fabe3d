"""Reads an ONNX file back, with the standard library only: what goes in, what comes out, what is inside.

The `onnx` package is not available in Pyodide, so exercises that check an exported file (and
learners who want to look inside one before uploading it) decode the protobuf wire format here,
from onnx/onnx.proto's field numbers:

    from stepwise.onnx_reader import read_model

    model = read_model("digits.onnx")          # or the bytes to_onnx returned
    model.opset_imports                        # {"": 17}: "" is the default domain, ai.onnx
    [(v.name, v.type_name, v.shape) for v in model.graph.inputs]
    # [('input', 'float', ['N', 64])]
    model.graph.tensor("classes").values        # an initializer's values, as a flat list
    print(describe(model))                     # the same, as a few lines of text

or, from a shell: `python -m stepwise.onnx_reader digits.onnx`.

Fields the reader does not use (doc strings of nodes, sparse initializers, training info,
functions) are skipped, as protobuf allows. Bytes that are not an ONNX model (empty, cut short,
another file format, a field with the wrong wire type) raise ValueError saying what is wrong and
at which byte.
"""

from __future__ import annotations

import os
import struct
import sys
from typing import Any, Optional, Union


from .onnx_model import (
    Dim,
    ELEM_TYPE_NAMES,
    Graph,
    Node,
    OnnxModel,
    Tensor,
    ValueInfo,
)
from .onnx_tensors import (
    read_entry,
    read_tensor,
)
from .protobuf_wire import (
    FIXED32,
    Span,
    check_wire,
    fail_at,
    iter_fields,
    read_int,
    read_repeated_fixed,
    read_repeated_ints,
    read_string_value,
    read_submessage,
    read_text,
)


__all__ = [
    "OnnxModel",
    "Graph",
    "Node",
    "Tensor",
    "ValueInfo",
    "ELEM_TYPE_NAMES",
    "read_model",
    "describe",
]

# AttributeProto.AttributeType, and which field holds each kind when a writer leaves `type` out.
_ATTRIBUTE_TYPES = {
    1: "FLOAT",
    2: "INT",
    3: "STRING",
    4: "TENSOR",
    5: "GRAPH",
    6: "FLOATS",
    7: "INTS",
    8: "STRINGS",
    9: "TENSORS",
    10: "GRAPHS",
    11: "SPARSE_TENSOR",
    12: "SPARSE_TENSORS",
    13: "TYPE_PROTO",
    14: "TYPE_PROTOS",
}
_ATTRIBUTE_FIELD_OF_TYPE = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8, 8: 9, 9: 10, 10: 11}

_MAX_DEPTH = 64  # graphs nested in node attributes (If, Loop, Scan): deeper than this is not a real model

Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]


def read_model(source: Source) -> OnnxModel:
    """Decodes an ONNX model from its bytes, or from the file at a path.

    Raises ValueError when the bytes are not an ONNX model, saying what is wrong and where.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as file:
            data = file.read()
    else:
        raise TypeError(f"read_model takes the model's bytes or a file path, not {type(source).__name__}")
    if not data:
        raise ValueError("not an ONNX model: the data is empty (0 bytes)")
    return _model(Span(memoryview(data), 0, len(data)))


def describe(model: OnnxModel) -> str:
    """A few lines of text: the graph's inputs, outputs, operators, opsets and weights."""

    def shape_text(info: ValueInfo) -> str:
        if info.kind != "tensor":
            return info.kind or "no type"
        dims = "?" if info.shape is None else ", ".join("?" if d is None else str(d) for d in info.shape)
        return f"{info.type_name}[{dims}]"

    graph = model.graph
    opsets = ", ".join(f"{domain or 'ai.onnx'} {version}" for domain, version in sorted(model.opset_imports.items()))
    lines = [f"graph {graph.name!r}, IR version {model.ir_version}, opsets: {opsets}"]
    lines += [f"  input   {info.name}: {shape_text(info)}" for info in graph.inputs]
    lines += [f"  output  {info.name}: {shape_text(info)}" for info in graph.outputs]
    lines.append(f"  nodes   {' -> '.join(node.op_type for node in graph.nodes) or '(none)'}")
    lines += [f"  weight  {t.name}: {t.type_name}{t.dims}" for t in graph.initializers]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The messages (field numbers from onnx/onnx.proto)


def _model(span: Span) -> OnnxModel:
    ir_version: Optional[int] = None
    graph: Optional[Graph] = None
    texts = {2: "", 3: "", 4: "", 6: ""}  # producer_name, producer_version, domain, doc_string
    text_names = {2: "producer_name", 3: "producer_version", 4: "domain", 6: "doc_string"}
    model_version = 0
    opsets: dict[str, int] = {}
    metadata: dict[str, str] = {}
    for item in iter_fields(span, "ModelProto"):
        if item.number == 1:
            ir_version = read_int(item, "ModelProto", "ir_version")
        elif item.number in texts:
            texts[item.number] = read_text(item, "ModelProto", text_names[item.number])
        elif item.number == 5:
            model_version = read_int(item, "ModelProto", "model_version")
        elif item.number == 7:
            graph = _graph(read_submessage(item, "ModelProto", "graph"), 0)
        elif item.number == 8:
            domain, version = _opset(read_submessage(item, "ModelProto", "opset_import"))
            opsets[domain] = version
        elif item.number == 14:
            key, value = read_entry(read_submessage(item, "ModelProto", "metadata_props"))
            metadata[key] = value
    if ir_version is None:
        raise fail_at("there is no ir_version, which every ONNX model starts with", span.start)
    if graph is None:
        raise fail_at("there is no graph, so there is nothing to run", span.start)
    return OnnxModel(ir_version, texts[2], texts[3], texts[4], model_version, texts[6], opsets, metadata, graph)


def _opset(span: Span) -> tuple[str, int]:
    domain, version = "", 0
    for item in iter_fields(span, "OperatorSetIdProto"):
        if item.number == 1:
            domain = read_text(item, "OperatorSetIdProto", "domain")
        elif item.number == 2:
            version = read_int(item, "OperatorSetIdProto", "version")
    return domain, version


def _graph(span: Span, depth: int) -> Graph:
    if depth > _MAX_DEPTH:
        raise fail_at(f"graphs are nested more than {_MAX_DEPTH} deep", span.start)
    name, doc = "", ""
    nodes: list[Node] = []
    initializers: list[Tensor] = []
    inputs: list[ValueInfo] = []
    outputs: list[ValueInfo] = []
    value_infos: list[ValueInfo] = []
    for item in iter_fields(span, "GraphProto"):
        if item.number == 1:
            nodes.append(_node(read_submessage(item, "GraphProto", "node"), depth))
        elif item.number == 2:
            name = read_text(item, "GraphProto", "name")
        elif item.number == 5:
            initializers.append(read_tensor(read_submessage(item, "GraphProto", "initializer")))
        elif item.number == 10:
            doc = read_text(item, "GraphProto", "doc_string")
        elif item.number == 11:
            inputs.append(_value_info(read_submessage(item, "GraphProto", "input")))
        elif item.number == 12:
            outputs.append(_value_info(read_submessage(item, "GraphProto", "output")))
        elif item.number == 13:
            value_infos.append(_value_info(read_submessage(item, "GraphProto", "value_info")))
    return Graph(name, nodes, initializers, inputs, outputs, value_infos, doc)


def _node(span: Span, depth: int) -> Node:
    inputs: list[str] = []
    outputs: list[str] = []
    name = op_type = domain = ""
    attributes: dict[str, Any] = {}
    for item in iter_fields(span, "NodeProto"):
        if item.number == 1:
            inputs.append(read_text(item, "NodeProto", "input"))
        elif item.number == 2:
            outputs.append(read_text(item, "NodeProto", "output"))
        elif item.number == 3:
            name = read_text(item, "NodeProto", "name")
        elif item.number == 4:
            op_type = read_text(item, "NodeProto", "op_type")
        elif item.number == 5:
            key, value = _attribute(read_submessage(item, "NodeProto", "attribute"), depth)
            attributes[key] = value
        elif item.number == 7:
            domain = read_text(item, "NodeProto", "domain")
    return Node(op_type, domain, name, inputs, outputs, attributes)


def _attribute(span: Span, depth: int) -> tuple[str, Any]:
    where = "AttributeProto"
    name = ""
    kind = 0
    single: dict[int, Any] = {}  # field number -> value, for f, i, s, t, g
    lists: dict[int, list[Any]] = {7: [], 8: [], 9: [], 10: [], 11: []}
    for item in iter_fields(span, where):
        number = item.number
        if number == 1:
            name = read_text(item, where, "name")
        elif number == 20:
            kind = read_int(item, where, "type")
        elif number == 2:
            check_wire(item, FIXED32, where, "f")
            single[2] = struct.unpack("<f", item.value)[0]
        elif number == 3:
            single[3] = read_int(item, where, "i")
        elif number == 4:
            single[4] = read_string_value(item, where, "s")
        elif number == 5:
            single[5] = read_tensor(read_submessage(item, where, "t"))
        elif number == 6:
            single[6] = _graph(read_submessage(item, where, "g"), depth + 1)
        elif number == 7:
            lists[7] += read_repeated_fixed(item, where, "floats", "f")
        elif number == 8:
            lists[8] += read_repeated_ints(item, where, "ints")
        elif number == 9:
            lists[9].append(read_string_value(item, where, "strings"))
        elif number == 10:
            lists[10].append(read_tensor(read_submessage(item, where, "tensors")))
        elif number == 11:
            lists[11].append(_graph(read_submessage(item, where, "graphs"), depth + 1))
    if kind == 0:  # writers before IR version 2 left the type out: go by the field that is there
        present = [number for number in (2, 3, 4, 5, 6) if number in single] + [n for n, v in lists.items() if v]
        if not present:
            raise fail_at(f"attribute {name!r} has neither a type nor a value", span.start)
        number = present[0]
    elif kind in _ATTRIBUTE_FIELD_OF_TYPE:
        number = _ATTRIBUTE_FIELD_OF_TYPE[kind]
    elif kind in _ATTRIBUTE_TYPES:
        return name, None  # sparse tensors and type protos: not decoded
    else:
        raise fail_at(f"attribute {name!r} has the unknown type {kind}", span.start)
    if number in lists:
        return name, lists[number]
    defaults = {2: 0.0, 3: 0, 4: ""}  # protobuf omits a field equal to its default (i: 0, f: 0.0, s: "")
    if number not in single and number not in defaults:
        raise fail_at(f"attribute {name!r} is a {_ATTRIBUTE_TYPES[kind]} but holds no value", span.start)
    return name, single.get(number, defaults.get(number))


def _value_info(span: Span) -> ValueInfo:
    name = ""
    kind: Optional[str] = None
    elem_type: Optional[int] = None
    shape: Optional[list[Dim]] = None
    for item in iter_fields(span, "ValueInfoProto"):
        if item.number == 1:
            name = read_text(item, "ValueInfoProto", "name")
        elif item.number == 2:
            kind, elem_type, shape = _type(read_submessage(item, "ValueInfoProto", "type"))
    return ValueInfo(name, kind, elem_type, shape)


_TYPE_KINDS = {1: "tensor", 4: "sequence", 5: "map", 8: "sparse_tensor", 9: "optional"}


def _type(span: Span) -> tuple[Optional[str], Optional[int], Optional[list[Dim]]]:
    for item in iter_fields(span, "TypeProto"):
        if item.number in _TYPE_KINDS:
            kind = _TYPE_KINDS[item.number]
            inner = read_submessage(item, "TypeProto", kind + "_type")
            if kind in ("tensor", "sparse_tensor"):
                elem_type, shape = _tensor_type(inner)
                return kind, elem_type, shape
            return kind, None, None
    return None, None, None


def _tensor_type(span: Span) -> tuple[Optional[int], Optional[list[Dim]]]:
    elem_type: Optional[int] = None
    shape: Optional[list[Dim]] = None
    for item in iter_fields(span, "TypeProto.Tensor"):
        if item.number == 1:
            elem_type = read_int(item, "TypeProto.Tensor", "elem_type")
        elif item.number == 2:
            shape = [_dimension(read_submessage(dim, "TensorShapeProto", "dim"))
                     for dim in iter_fields(read_submessage(item, "TypeProto.Tensor", "shape"), "TensorShapeProto")
                     if dim.number == 1]
    return elem_type, shape


def _dimension(span: Span) -> Dim:
    value: Dim = None
    for item in iter_fields(span, "TensorShapeProto.Dimension"):
        if item.number == 1:
            value = read_int(item, "TensorShapeProto.Dimension", "dim_value")
        elif item.number == 2:
            value = read_text(item, "TensorShapeProto.Dimension", "dim_param")
    return value


if __name__ == "__main__":  # python -m stepwise.onnx_reader model.onnx
    if len(sys.argv) != 2:
        sys.exit("usage: python -m stepwise.onnx_reader MODEL.onnx")
    try:
        print(describe(read_model(sys.argv[1])))
    except (OSError, ValueError) as error:
        sys.exit(f"{sys.argv[1]}: {error}")
