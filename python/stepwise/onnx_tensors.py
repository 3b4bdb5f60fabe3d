"""Decoding ONNX TensorProto messages: dims, element type, and the values, wherever the writer put them."""

from __future__ import annotations

import struct
from typing import Any, Optional, Union

from .onnx_model import (
    ELEM_TYPE_NAMES,
    Tensor,
)
from .protobuf_wire import (
    LENGTH_DELIMITED,
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

# Element types stored in raw_data, by struct format (little-endian).
_RAW_FORMATS = {1: "f", 2: "B", 3: "b", 4: "H", 5: "h", 6: "i", 7: "q", 9: "?", 10: "e", 11: "d", 12: "I", 13: "Q"}
_COMPLEX_FORMATS = {14: "f", 15: "d"}
_BFLOAT16 = 16
_STRING = 8
_EXTERNAL = 1  # TensorProto.DataLocation

def read_entry(span: Span) -> tuple[str, str]:
    key, value = "", ""
    for item in iter_fields(span, "StringStringEntryProto"):
        if item.number == 1:
            key = read_text(item, "StringStringEntryProto", "key")
        elif item.number == 2:
            value = read_text(item, "StringStringEntryProto", "value")
    return key, value


def read_tensor(span: Span) -> Tensor:
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
    for item in iter_fields(span, where):
        number = item.number
        if number == 1:
            dims += read_repeated_ints(item, where, "dims")
        elif number == 2:
            data_type = read_int(item, where, "data_type")
        elif number == 4:
            floats += read_repeated_fixed(item, where, "float_data", "f")
        elif number == 5:
            # int32 values are written as int64 varints, so a negative one reads back the same way.
            int32s += read_repeated_ints(item, where, "int32_data")
        elif number == 6:
            strings.append(read_string_value(item, where, "string_data"))
        elif number == 7:
            int64s += read_repeated_ints(item, where, "int64_data")
        elif number == 8:
            name = read_text(item, where, "name")
        elif number == 9:
            check_wire(item, LENGTH_DELIMITED, where, "raw_data")
            raw = item.value.bytes()
        elif number == 10:
            doubles += read_repeated_fixed(item, where, "double_data", "d")
        elif number == 11:
            uint64s += read_repeated_ints(item, where, "uint64_data", signed=False)
        elif number == 13:
            key, value = read_entry(read_submessage(item, where, "external_data"))
            external[key] = value
        elif number == 14:
            location = read_int(item, where, "data_location")
    if any(dim < 0 for dim in dims):
        raise fail_at(f"tensor {name!r} has a negative dimension in {dims}", span.start)
    if location == _EXTERNAL:
        return Tensor(name, data_type, dims, None, external)
    try:
        values = _tensor_values(data_type, raw, floats, doubles, int32s, int64s, uint64s, strings)
    except struct.error:
        name_of_type = ELEM_TYPE_NAMES.get(data_type, f"type {data_type}")
        size = len(raw or b"")
        raise fail_at(f"tensor {name!r}: raw_data of {size} bytes is not a whole number of {name_of_type} values",
                    span.start) from None
    if values is not None:
        count = 1
        for dim in dims:
            count *= dim
        if len(values) != count:
            held = len(values)
            raise fail_at(f"tensor {name!r} of shape {dims} should hold {count} values but holds {held}", span.start)
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
