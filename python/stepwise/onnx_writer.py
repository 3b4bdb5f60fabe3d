"""Encodes ONNX messages as protobuf bytes, by hand, with the standard library only.

The `onnx` package is not available in Pyodide, and Stepwise's exporter must run there too, so
this module writes the few messages an exported model needs (ModelProto, GraphProto, NodeProto,
AttributeProto, TensorProto, ValueInfoProto) straight from onnx/onnx.proto's field numbers.

Fields are written in field-number order and repeated attribute values unpacked, exactly as
protobuf's own serializer writes onnx.proto (a proto2 file): `onnx` parses these bytes and
serializes them back unchanged, which the tests check.
"""

from __future__ import annotations

import math
import struct
from typing import Sequence, Union

# TensorProto.DataType
FLOAT = 1
INT64 = 7
STRING = 8

# AttributeProto.AttributeType
_ATTR_FLOAT, _ATTR_INT, _ATTR_STRING, _ATTR_FLOATS, _ATTR_INTS, _ATTR_STRINGS = 1, 2, 3, 6, 7, 8

_FLOAT32_MAX = 3.4028234663852886e38

# Protobuf wire types
_VARINT, _FIXED32, _LENGTH_DELIMITED = 0, 5, 2

AttributeValue = Union[int, float, str, Sequence[int], Sequence[float], Sequence[str]]
Dim = Union[int, str]


def _varint(value: int) -> bytes:
    if value < 0:  # int64 fields carry negatives as their 64-bit two's complement
        value += 1 << 64
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _key(field: int, wire_type: int) -> bytes:
    return _varint(field << 3 | wire_type)


def _int_field(field: int, value: int) -> bytes:
    return _key(field, _VARINT) + _varint(value)


def _bytes_field(field: int, data: bytes) -> bytes:
    return _key(field, _LENGTH_DELIMITED) + _varint(len(data)) + data


def _text_field(field: int, text: str) -> bytes:
    return _bytes_field(field, text.encode("utf-8"))


def float32_bytes(values: Sequence[float]) -> bytes:
    """Little-endian float32s, rounded to nearest; a finite value beyond float32's range is an error."""
    try:
        return struct.pack(f"<{len(values)}f", *values)
    except OverflowError:
        too_large = next((v for v in values if math.isfinite(v) and abs(v) > _FLOAT32_MAX), "a value")
        raise ValueError(f"{too_large!r} does not fit in float32, the type exported models compute in") from None


def _float_field(field: int, value: float) -> bytes:
    return _key(field, _FIXED32) + float32_bytes([value])


def tensor(name: str, dims: Sequence[int], data_type: int, values: Sequence[Union[float, int, str]]) -> bytes:
    """A TensorProto: floats and int64s as raw little-endian data, strings as UTF-8 string_data."""
    count = 1
    for dim in dims:
        count *= dim
    if count != len(values):
        raise ValueError(f"tensor {name!r} of shape {list(dims)} needs {count} values, got {len(values)}")
    out = b"".join(_int_field(1, dim) for dim in dims) + _int_field(2, data_type)
    if data_type == STRING:
        out += b"".join(_bytes_field(6, str(value).encode("utf-8")) for value in values)
        return out + _text_field(8, name)
    if data_type == FLOAT:
        raw = float32_bytes([float(value) for value in values])
    elif data_type == INT64:
        raw = struct.pack(f"<{len(values)}q", *[int(value) for value in values])
    else:
        raise ValueError(f"unsupported tensor data type {data_type}")
    return out + _text_field(8, name) + _bytes_field(9, raw)


def attribute(name: str, value: AttributeValue) -> bytes:
    """An AttributeProto whose type follows the Python value: int, float, str or a list of one of them.

    A list is floats if any element is a float, so callers pass float values as floats.
    """
    out = _text_field(1, name)
    if isinstance(value, bool):
        raise TypeError(f"attribute {name!r}: pass 0 or 1, not a bool")
    if isinstance(value, float):
        return out + _float_field(2, value) + _int_field(20, _ATTR_FLOAT)
    if isinstance(value, int):
        return out + _int_field(3, value) + _int_field(20, _ATTR_INT)
    if isinstance(value, str):
        return out + _text_field(4, value) + _int_field(20, _ATTR_STRING)
    values = list(value)
    if not values:
        raise ValueError(f"attribute {name!r} is an empty list, whose type cannot be told")
    if all(isinstance(item, str) for item in values):
        return out + b"".join(_text_field(9, item) for item in values) + _int_field(20, _ATTR_STRINGS)
    if any(isinstance(item, float) for item in values):
        return out + b"".join(_float_field(7, float(item)) for item in values) + _int_field(20, _ATTR_FLOATS)
    return out + b"".join(_int_field(8, int(item)) for item in values) + _int_field(20, _ATTR_INTS)


def node(
    op_type: str,
    inputs: Sequence[str],
    outputs: Sequence[str],
    name: str,
    attributes: Sequence[bytes] = (),
    domain: str = "",
) -> bytes:
    """A NodeProto; `attributes` are encoded with `attribute`. An empty input name skips an optional input."""
    out = b"".join(_text_field(1, item) for item in inputs)
    out += b"".join(_text_field(2, item) for item in outputs)
    out += _text_field(3, name) + _text_field(4, op_type)
    out += b"".join(_bytes_field(5, item) for item in attributes)
    return out + (_text_field(7, domain) if domain else b"")


def value_info(name: str, elem_type: int, shape: Sequence[Dim]) -> bytes:
    """A ValueInfoProto for a tensor; a str dimension is symbolic (dim_param), e.g. the batch size "N"."""
    dims = b"".join(
        _bytes_field(1, _text_field(2, dim) if isinstance(dim, str) else _int_field(1, dim)) for dim in shape
    )
    tensor_type = _int_field(1, elem_type) + _bytes_field(2, dims)
    return _text_field(1, name) + _bytes_field(2, _bytes_field(1, tensor_type))


def graph(
    name: str, nodes: Sequence[bytes], initializers: Sequence[bytes], inputs: Sequence[bytes], outputs: Sequence[bytes]
) -> bytes:
    """A GraphProto from encoded nodes, initializer tensors and input/output value infos."""
    out = b"".join(_bytes_field(1, item) for item in nodes) + _text_field(2, name)
    out += b"".join(_bytes_field(5, item) for item in initializers)
    out += b"".join(_bytes_field(11, item) for item in inputs)
    return out + b"".join(_bytes_field(12, item) for item in outputs)


def model(graph_bytes: bytes, opsets: dict[str, int], ir_version: int, producer: str) -> bytes:
    """A ModelProto around an encoded graph; `opsets` maps a domain ("" is the default one) to its version."""
    out = _int_field(1, ir_version) + _text_field(2, producer) + _bytes_field(7, graph_bytes)
    for domain, version in sorted(opsets.items()):
        out += _bytes_field(8, (_text_field(1, domain) if domain else b"") + _int_field(2, version))
    return out
