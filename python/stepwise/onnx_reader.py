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
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional, Union

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

# TensorProto.DataType, named as onnx.helper.tensor_dtype_to_string names them, lower-cased.
ELEM_TYPE_NAMES = {
    0: "undefined",
    1: "float",
    2: "uint8",
    3: "int8",
    4: "uint16",
    5: "int16",
    6: "int32",
    7: "int64",
    8: "string",
    9: "bool",
    10: "float16",
    11: "double",
    12: "uint32",
    13: "uint64",
    14: "complex64",
    15: "complex128",
    16: "bfloat16",
}

# Element types stored in raw_data, by struct format (little-endian).
_RAW_FORMATS = {1: "f", 2: "B", 3: "b", 4: "H", 5: "h", 6: "i", 7: "q", 9: "?", 10: "e", 11: "d", 12: "I", 13: "Q"}
_COMPLEX_FORMATS = {14: "f", 15: "d"}
_BFLOAT16 = 16
_STRING = 8
_EXTERNAL = 1  # TensorProto.DataLocation

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

# Protobuf wire types
_VARINT, _FIXED64, _LENGTH_DELIMITED, _START_GROUP, _END_GROUP, _FIXED32 = 0, 1, 2, 3, 4, 5
_WIRE_NAMES = {0: "varint", 1: "64-bit", 2: "length-delimited", 3: "group start", 4: "group end", 5: "32-bit"}

_MAX_DEPTH = 64  # graphs nested in node attributes (If, Loop, Scan): deeper than this is not a real model

Dim = Union[int, str, None]
Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]


@dataclass(frozen=True)
class ValueInfo:
    """A graph input or output (or an intermediate value): its name and type.

    `kind` is "tensor" for a tensor (everything stepwise.export writes), "sequence", "map",
    "optional" or "sparse_tensor" for the others, and None when the file gives no type.
    `elem_type` is the TensorProto data type number (1 float, 7 int64, 8 string, 11 double, ...)
    of a tensor, `shape` its dimensions: an int for a fixed size, a str for a named free one
    (dim_param, such as the batch size "N"), None for a dimension with neither; `shape` itself is
    None when the rank is unknown.
    """

    name: str
    kind: Optional[str]
    elem_type: Optional[int]
    shape: Optional[list[Dim]]

    @property
    def type_name(self) -> Optional[str]:
        """The element type's name ("float", "int64", "string", ...), or None when it has none."""
        if self.elem_type is None:
            return None
        return ELEM_TYPE_NAMES.get(self.elem_type, f"type {self.elem_type}")


@dataclass(frozen=True)
class Tensor:
    """A tensor with its data: an initializer (a weight), or the value of a tensor attribute.

    `values` is the data as a flat, row-major list (floats, ints, bools, complex numbers, and str
    for string tensors, or bytes when a string is not UTF-8); None when the data lives in an
    external file (`external_data` says where) or has a type this reader does not decode.
    """

    name: str
    data_type: int
    dims: list[int]
    values: Optional[list[Any]]
    external_data: dict[str, str] = field(default_factory=dict)

    @property
    def type_name(self) -> str:
        return ELEM_TYPE_NAMES.get(self.data_type, f"type {self.data_type}")


@dataclass(frozen=True)
class Node:
    """One operator call: `op_type` in `domain` ("" is ai.onnx), reading `inputs`, writing `outputs`.

    `attributes` maps each attribute's name to its value: int, float, str (bytes when not
    UTF-8), Tensor, Graph, or a list of one of these.
    """

    op_type: str
    domain: str
    name: str
    inputs: list[str]
    outputs: list[str]
    attributes: dict[str, Any]


@dataclass(frozen=True)
class Graph:
    """A computation graph: nodes in order, weights (initializers), inputs and outputs."""

    name: str
    nodes: list[Node]
    initializers: list[Tensor]
    inputs: list[ValueInfo]
    outputs: list[ValueInfo]
    value_infos: list[ValueInfo]
    doc_string: str

    def tensor(self, name: str) -> Tensor:
        """The initializer called `name`; KeyError (listing the names there are) when there is none."""
        for tensor in self.initializers:
            if tensor.name == name:
                return tensor
        raise KeyError(f"no initializer named {name!r}; the graph has {[t.name for t in self.initializers]}")


@dataclass(frozen=True)
class OnnxModel:
    """A whole ONNX file: the graph and what the file says about it.

    `opset_imports` maps each operator-set domain ("" for the default ai.onnx, "ai.onnx.ml" for
    the classic machine-learning operators) to the version the model was written for.
    """

    ir_version: int
    producer_name: str
    producer_version: str
    domain: str
    model_version: int
    doc_string: str
    opset_imports: dict[str, int]
    metadata: dict[str, str]
    graph: Graph


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
    return _model(_Span(memoryview(data), 0, len(data)))


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
# The wire format


class _Span:
    """A message's bytes: data[start:end], with absolute offsets for error messages."""

    __slots__ = ("data", "start", "end")

    def __init__(self, data: memoryview, start: int, end: int) -> None:
        self.data, self.start, self.end = data, start, end

    def bytes(self) -> bytes:
        return self.data[self.start : self.end].tobytes()


def _fail(message: str, offset: int) -> ValueError:
    return ValueError(f"not an ONNX model: {message} (at byte {offset})")


def _varint(data: memoryview, pos: int, end: int) -> tuple[int, int]:
    result, shift, start = 0, 0, pos
    while True:
        if pos >= end:
            raise _fail("the data ends in the middle of a number", start)
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise _fail("a number is longer than 10 bytes", start)


def _signed64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


class _Field:
    __slots__ = ("number", "wire", "value", "offset")

    def __init__(self, number: int, wire: int, value: Any, offset: int) -> None:
        # value: an int for varints, a _Span for length-delimited fields, the raw bytes for fixed ones.
        self.number, self.wire, self.value, self.offset = number, wire, value, offset


def _fields(span: _Span, message: str) -> Iterator[_Field]:
    data, pos, end = span.data, span.start, span.end
    while pos < end:
        offset = pos
        key, pos = _varint(data, pos, end)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise _fail(f"{message} has a field numbered 0, which protobuf never writes", offset)
        if wire == _VARINT:
            value, pos = _varint(data, pos, end)
        elif wire == _LENGTH_DELIMITED:
            length, pos = _varint(data, pos, end)
            if length > end - pos:
                left = end - pos
                raise _fail(f"{message} field {number} says it holds {length} bytes, but only {left} are left", offset)
            value, pos = _Span(data, pos, pos + length), pos + length
        elif wire in (_FIXED32, _FIXED64):
            size = 4 if wire == _FIXED32 else 8
            if size > end - pos:
                raise _fail(f"the data ends inside {message} field {number}", offset)
            value, pos = data[pos : pos + size].tobytes(), pos + size
        else:
            wire_name = _WIRE_NAMES.get(wire, wire)
            raise _fail(f"{message} field {number} uses the wire type {wire_name}, which ONNX never uses", offset)
        yield _Field(number, wire, value, offset)


def _check(item: _Field, wire: int, message: str, name: str) -> None:
    if item.wire != wire:
        raise _fail(
            f"{message}.{name} (field {item.number}) should be {_WIRE_NAMES[wire]} but is {_WIRE_NAMES[item.wire]}",
            item.offset,
        )


def _text(item: _Field, message: str, name: str) -> str:
    _check(item, _LENGTH_DELIMITED, message, name)
    try:
        return str(item.value.bytes(), "utf-8")
    except UnicodeDecodeError:
        raise _fail(f"{message}.{name} is not valid UTF-8 text", item.offset) from None


def _string_value(item: _Field, message: str, name: str) -> Union[str, bytes]:
    """A `bytes` field holding text in practice (attribute strings, string tensors): str if it decodes."""
    _check(item, _LENGTH_DELIMITED, message, name)
    raw = item.value.bytes()
    try:
        return str(raw, "utf-8")
    except UnicodeDecodeError:
        return raw


def _int(item: _Field, message: str, name: str) -> int:
    _check(item, _VARINT, message, name)
    return _signed64(item.value)


def _repeated_ints(item: _Field, message: str, name: str, signed: bool = True) -> list[int]:
    """A repeated integer field, one value per field or packed into one length-delimited field."""
    if item.wire == _VARINT:
        return [_signed64(item.value) if signed else item.value]
    _check(item, _LENGTH_DELIMITED, message, name)
    values, pos, span = [], item.value.start, item.value
    while pos < span.end:
        value, pos = _varint(span.data, pos, span.end)
        values.append(_signed64(value) if signed else value)
    return values


def _repeated_fixed(item: _Field, message: str, name: str, fmt: str) -> list[Any]:
    """A repeated float or double field, unpacked or packed."""
    wire = _FIXED32 if fmt == "f" else _FIXED64
    if item.wire == wire:
        return list(struct.unpack("<" + fmt, item.value))
    _check(item, _LENGTH_DELIMITED, message, name)
    raw = item.value.bytes()
    size = struct.calcsize(fmt)
    if len(raw) % size:
        raise _fail(f"{message}.{name} holds {len(raw)} bytes, not a whole number of {size}-byte values", item.offset)
    return list(struct.unpack(f"<{len(raw) // size}{fmt}", raw))


def _message(item: _Field, message: str, name: str) -> _Span:
    _check(item, _LENGTH_DELIMITED, message, name)
    return item.value


# ---------------------------------------------------------------------------------------------
# The messages (field numbers from onnx/onnx.proto)


def _model(span: _Span) -> OnnxModel:
    ir_version: Optional[int] = None
    graph: Optional[Graph] = None
    texts = {2: "", 3: "", 4: "", 6: ""}  # producer_name, producer_version, domain, doc_string
    text_names = {2: "producer_name", 3: "producer_version", 4: "domain", 6: "doc_string"}
    model_version = 0
    opsets: dict[str, int] = {}
    metadata: dict[str, str] = {}
    for item in _fields(span, "ModelProto"):
        if item.number == 1:
            ir_version = _int(item, "ModelProto", "ir_version")
        elif item.number in texts:
            texts[item.number] = _text(item, "ModelProto", text_names[item.number])
        elif item.number == 5:
            model_version = _int(item, "ModelProto", "model_version")
        elif item.number == 7:
            graph = _graph(_message(item, "ModelProto", "graph"), 0)
        elif item.number == 8:
            domain, version = _opset(_message(item, "ModelProto", "opset_import"))
            opsets[domain] = version
        elif item.number == 14:
            key, value = _entry(_message(item, "ModelProto", "metadata_props"))
            metadata[key] = value
    if ir_version is None:
        raise _fail("there is no ir_version, which every ONNX model starts with", span.start)
    if graph is None:
        raise _fail("there is no graph, so there is nothing to run", span.start)
    return OnnxModel(ir_version, texts[2], texts[3], texts[4], model_version, texts[6], opsets, metadata, graph)


def _opset(span: _Span) -> tuple[str, int]:
    domain, version = "", 0
    for item in _fields(span, "OperatorSetIdProto"):
        if item.number == 1:
            domain = _text(item, "OperatorSetIdProto", "domain")
        elif item.number == 2:
            version = _int(item, "OperatorSetIdProto", "version")
    return domain, version


def _entry(span: _Span) -> tuple[str, str]:
    key, value = "", ""
    for item in _fields(span, "StringStringEntryProto"):
        if item.number == 1:
            key = _text(item, "StringStringEntryProto", "key")
        elif item.number == 2:
            value = _text(item, "StringStringEntryProto", "value")
    return key, value


def _graph(span: _Span, depth: int) -> Graph:
    if depth > _MAX_DEPTH:
        raise _fail(f"graphs are nested more than {_MAX_DEPTH} deep", span.start)
    name, doc = "", ""
    nodes: list[Node] = []
    initializers: list[Tensor] = []
    inputs: list[ValueInfo] = []
    outputs: list[ValueInfo] = []
    value_infos: list[ValueInfo] = []
    for item in _fields(span, "GraphProto"):
        if item.number == 1:
            nodes.append(_node(_message(item, "GraphProto", "node"), depth))
        elif item.number == 2:
            name = _text(item, "GraphProto", "name")
        elif item.number == 5:
            initializers.append(_tensor(_message(item, "GraphProto", "initializer")))
        elif item.number == 10:
            doc = _text(item, "GraphProto", "doc_string")
        elif item.number == 11:
            inputs.append(_value_info(_message(item, "GraphProto", "input")))
        elif item.number == 12:
            outputs.append(_value_info(_message(item, "GraphProto", "output")))
        elif item.number == 13:
            value_infos.append(_value_info(_message(item, "GraphProto", "value_info")))
    return Graph(name, nodes, initializers, inputs, outputs, value_infos, doc)


def _node(span: _Span, depth: int) -> Node:
    inputs: list[str] = []
    outputs: list[str] = []
    name = op_type = domain = ""
    attributes: dict[str, Any] = {}
    for item in _fields(span, "NodeProto"):
        if item.number == 1:
            inputs.append(_text(item, "NodeProto", "input"))
        elif item.number == 2:
            outputs.append(_text(item, "NodeProto", "output"))
        elif item.number == 3:
            name = _text(item, "NodeProto", "name")
        elif item.number == 4:
            op_type = _text(item, "NodeProto", "op_type")
        elif item.number == 5:
            key, value = _attribute(_message(item, "NodeProto", "attribute"), depth)
            attributes[key] = value
        elif item.number == 7:
            domain = _text(item, "NodeProto", "domain")
    return Node(op_type, domain, name, inputs, outputs, attributes)


def _attribute(span: _Span, depth: int) -> tuple[str, Any]:
    where = "AttributeProto"
    name = ""
    kind = 0
    single: dict[int, Any] = {}  # field number -> value, for f, i, s, t, g
    lists: dict[int, list[Any]] = {7: [], 8: [], 9: [], 10: [], 11: []}
    for item in _fields(span, where):
        number = item.number
        if number == 1:
            name = _text(item, where, "name")
        elif number == 20:
            kind = _int(item, where, "type")
        elif number == 2:
            _check(item, _FIXED32, where, "f")
            single[2] = struct.unpack("<f", item.value)[0]
        elif number == 3:
            single[3] = _int(item, where, "i")
        elif number == 4:
            single[4] = _string_value(item, where, "s")
        elif number == 5:
            single[5] = _tensor(_message(item, where, "t"))
        elif number == 6:
            single[6] = _graph(_message(item, where, "g"), depth + 1)
        elif number == 7:
            lists[7] += _repeated_fixed(item, where, "floats", "f")
        elif number == 8:
            lists[8] += _repeated_ints(item, where, "ints")
        elif number == 9:
            lists[9].append(_string_value(item, where, "strings"))
        elif number == 10:
            lists[10].append(_tensor(_message(item, where, "tensors")))
        elif number == 11:
            lists[11].append(_graph(_message(item, where, "graphs"), depth + 1))
    if kind == 0:  # writers before IR version 2 left the type out: go by the field that is there
        present = [number for number in (2, 3, 4, 5, 6) if number in single] + [n for n, v in lists.items() if v]
        if not present:
            raise _fail(f"attribute {name!r} has neither a type nor a value", span.start)
        number = present[0]
    elif kind in _ATTRIBUTE_FIELD_OF_TYPE:
        number = _ATTRIBUTE_FIELD_OF_TYPE[kind]
    elif kind in _ATTRIBUTE_TYPES:
        return name, None  # sparse tensors and type protos: not decoded
    else:
        raise _fail(f"attribute {name!r} has the unknown type {kind}", span.start)
    if number in lists:
        return name, lists[number]
    defaults = {2: 0.0, 3: 0, 4: ""}  # protobuf omits a field equal to its default (i: 0, f: 0.0, s: "")
    if number not in single and number not in defaults:
        raise _fail(f"attribute {name!r} is a {_ATTRIBUTE_TYPES[kind]} but holds no value", span.start)
    return name, single.get(number, defaults.get(number))


def _tensor(span: _Span) -> Tensor:
    where = "TensorProto"
    dims: list[int] = []
    data_type = 0
    name = ""
    raw: Optional[bytes] = None
    floats: list[float] = []
    doubles: list[float] = []
    int32s: list[int] = []
    int64s: list[int] = []
    uint64s: list[int] = []
    strings: list[Union[str, bytes]] = []
    external: dict[str, str] = {}
    location = 0
    for item in _fields(span, where):
        number = item.number
        if number == 1:
            dims += _repeated_ints(item, where, "dims")
        elif number == 2:
            data_type = _int(item, where, "data_type")
        elif number == 4:
            floats += _repeated_fixed(item, where, "float_data", "f")
        elif number == 5:
            # int32 values are written as int64 varints, so a negative one reads back the same way.
            int32s += _repeated_ints(item, where, "int32_data")
        elif number == 6:
            strings.append(_string_value(item, where, "string_data"))
        elif number == 7:
            int64s += _repeated_ints(item, where, "int64_data")
        elif number == 8:
            name = _text(item, where, "name")
        elif number == 9:
            _check(item, _LENGTH_DELIMITED, where, "raw_data")
            raw = item.value.bytes()
        elif number == 10:
            doubles += _repeated_fixed(item, where, "double_data", "d")
        elif number == 11:
            uint64s += _repeated_ints(item, where, "uint64_data", signed=False)
        elif number == 13:
            key, value = _entry(_message(item, where, "external_data"))
            external[key] = value
        elif number == 14:
            location = _int(item, where, "data_location")
    if any(dim < 0 for dim in dims):
        raise _fail(f"tensor {name!r} has a negative dimension in {dims}", span.start)
    if location == _EXTERNAL:
        return Tensor(name, data_type, dims, None, external)
    try:
        values = _tensor_values(data_type, raw, floats, doubles, int32s, int64s, uint64s, strings)
    except struct.error:
        name_of_type = ELEM_TYPE_NAMES.get(data_type, f"type {data_type}")
        size = len(raw or b"")
        raise _fail(f"tensor {name!r}: raw_data of {size} bytes is not a whole number of {name_of_type} values",
                    span.start) from None
    if values is not None:
        count = 1
        for dim in dims:
            count *= dim
        if len(values) != count:
            held = len(values)
            raise _fail(f"tensor {name!r} of shape {dims} should hold {count} values but holds {held}", span.start)
    return Tensor(name, data_type, dims, values, external)


def _tensor_values(
    data_type: int,
    raw: Optional[bytes],
    floats: list[float],
    doubles: list[float],
    int32s: list[int],
    int64s: list[int],
    uint64s: list[int],
    strings: list[Union[str, bytes]],
) -> Optional[list[Any]]:
    if data_type == _STRING:
        return strings
    if raw is not None:
        if data_type in _RAW_FORMATS:
            return _unpack(raw, _RAW_FORMATS[data_type])
        if data_type == _BFLOAT16:
            return [_bfloat16(bits) for bits in _unpack(raw, "H")]
        if data_type in _COMPLEX_FORMATS:
            parts = _unpack(raw, _COMPLEX_FORMATS[data_type])
            return [complex(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
        return None
    if data_type == 1:
        return floats
    if data_type == 14:
        return [complex(floats[i], floats[i + 1]) for i in range(0, len(floats) - 1, 2)]
    if data_type == 11:
        return doubles
    if data_type == 15:
        return [complex(doubles[i], doubles[i + 1]) for i in range(0, len(doubles) - 1, 2)]
    if data_type == 7:
        return int64s
    if data_type in (12, 13):
        return uint64s
    if data_type == 9:
        return [bool(value) for value in int32s]
    if data_type in (2, 3, 4, 5, 6):
        return int32s
    if data_type == 10:  # float16 values are stored as their bit patterns in int32_data
        return [struct.unpack("<e", struct.pack("<H", bits & 0xFFFF))[0] for bits in int32s]
    if data_type == _BFLOAT16:
        return [_bfloat16(bits & 0xFFFF) for bits in int32s]
    return None


def _unpack(raw: bytes, fmt: str) -> list[Any]:
    """Little-endian values of one struct format; struct.error when the bytes do not divide evenly."""
    size = struct.calcsize(fmt)
    if len(raw) % size:
        raise struct.error(f"{len(raw)} bytes are not a whole number of {size}-byte values")
    return list(struct.unpack(f"<{len(raw) // size}{fmt}", raw))


def _bfloat16(bits: int) -> float:
    return struct.unpack("<f", struct.pack("<I", bits << 16))[0]


def _value_info(span: _Span) -> ValueInfo:
    name = ""
    kind: Optional[str] = None
    elem_type: Optional[int] = None
    shape: Optional[list[Dim]] = None
    for item in _fields(span, "ValueInfoProto"):
        if item.number == 1:
            name = _text(item, "ValueInfoProto", "name")
        elif item.number == 2:
            kind, elem_type, shape = _type(_message(item, "ValueInfoProto", "type"))
    return ValueInfo(name, kind, elem_type, shape)


_TYPE_KINDS = {1: "tensor", 4: "sequence", 5: "map", 8: "sparse_tensor", 9: "optional"}


def _type(span: _Span) -> tuple[Optional[str], Optional[int], Optional[list[Dim]]]:
    for item in _fields(span, "TypeProto"):
        if item.number in _TYPE_KINDS:
            kind = _TYPE_KINDS[item.number]
            inner = _message(item, "TypeProto", kind + "_type")
            if kind in ("tensor", "sparse_tensor"):
                elem_type, shape = _tensor_type(inner)
                return kind, elem_type, shape
            return kind, None, None
    return None, None, None


def _tensor_type(span: _Span) -> tuple[Optional[int], Optional[list[Dim]]]:
    elem_type: Optional[int] = None
    shape: Optional[list[Dim]] = None
    for item in _fields(span, "TypeProto.Tensor"):
        if item.number == 1:
            elem_type = _int(item, "TypeProto.Tensor", "elem_type")
        elif item.number == 2:
            shape = [_dimension(_message(dim, "TensorShapeProto", "dim"))
                     for dim in _fields(_message(item, "TypeProto.Tensor", "shape"), "TensorShapeProto")
                     if dim.number == 1]
    return elem_type, shape


def _dimension(span: _Span) -> Dim:
    value: Dim = None
    for item in _fields(span, "TensorShapeProto.Dimension"):
        if item.number == 1:
            value = _int(item, "TensorShapeProto.Dimension", "dim_value")
        elif item.number == 2:
            value = _text(item, "TensorShapeProto.Dimension", "dim_param")
    return value


if __name__ == "__main__":  # python -m stepwise.onnx_reader model.onnx
    if len(sys.argv) != 2:
        sys.exit("usage: python -m stepwise.onnx_reader MODEL.onnx")
    try:
        print(describe(read_model(sys.argv[1])))
    except (OSError, ValueError) as error:
        sys.exit(f"{sys.argv[1]}: {error}")
