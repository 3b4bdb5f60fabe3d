"""The protobuf wire format, read with the standard library only: fields of a message, varints,
length-delimited values, packed repeated numbers. Errors say what is wrong and at which byte.

Used by onnx_reader: the field helpers take the message and field names only to say where a
problem is, and errors read "not an ONNX model: …" since ONNX files are what Stepwise reads.
"""

from __future__ import annotations

import struct
from typing import Any, Iterator, Union

# Wire types
VARINT, FIXED64, LENGTH_DELIMITED, START_GROUP, END_GROUP, FIXED32 = 0, 1, 2, 3, 4, 5
WIRE_NAMES = {0: "varint", 1: "64-bit", 2: "length-delimited", 3: "group start", 4: "group end", 5: "32-bit"}


class Span:
    """A message's bytes: data[start:end], with absolute offsets for error messages."""

    __slots__ = ("data", "start", "end")

    def __init__(self, data: memoryview, start: int, end: int) -> None:
        self.data, self.start, self.end = data, start, end

    def bytes(self) -> bytes:
        return self.data[self.start : self.end].tobytes()


def fail_at(message: str, offset: int) -> ValueError:
    return ValueError(f"not an ONNX model: {message} (at byte {offset})")


def read_varint(data: memoryview, pos: int, end: int) -> tuple[int, int]:
    result, shift, start = 0, 0, pos
    while True:
        if pos >= end:
            raise fail_at("the data ends in the middle of a number", start)
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise fail_at("a number is longer than 10 bytes", start)


def signed64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


class Field:
    __slots__ = ("number", "wire", "value", "offset")

    def __init__(self, number: int, wire: int, value: Any, offset: int) -> None:
        # value: an int for varints, a Span for length-delimited fields, the raw bytes for fixed ones.
        self.number, self.wire, self.value, self.offset = number, wire, value, offset


def iter_fields(span: Span, message: str) -> Iterator[Field]:
    data, pos, end = span.data, span.start, span.end
    while pos < end:
        offset = pos
        key, pos = read_varint(data, pos, end)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise fail_at(f"{message} has a field numbered 0, which protobuf never writes", offset)
        if wire == VARINT:
            value, pos = read_varint(data, pos, end)
        elif wire == LENGTH_DELIMITED:
            length, pos = read_varint(data, pos, end)
            if length > end - pos:
                left = end - pos
                raise fail_at(f"{message} field {number} says it holds {length} bytes, but only {left} are left", offset)
            value, pos = Span(data, pos, pos + length), pos + length
        elif wire in (FIXED32, FIXED64):
            size = 4 if wire == FIXED32 else 8
            if size > end - pos:
                raise fail_at(f"the data ends inside {message} field {number}", offset)
            value, pos = data[pos : pos + size].tobytes(), pos + size
        else:
            wire_name = WIRE_NAMES.get(wire, wire)
            raise fail_at(f"{message} field {number} uses the wire type {wire_name}, which ONNX never uses", offset)
        yield Field(number, wire, value, offset)


def check_wire(item: Field, wire: int, message: str, name: str) -> None:
    if item.wire != wire:
        raise fail_at(
            f"{message}.{name} (field {item.number}) should be {WIRE_NAMES[wire]} but is {WIRE_NAMES[item.wire]}",
            item.offset,
        )


def read_text(item: Field, message: str, name: str) -> str:
    check_wire(item, LENGTH_DELIMITED, message, name)
    try:
        return str(item.value.bytes(), "utf-8")
    except UnicodeDecodeError:
        raise fail_at(f"{message}.{name} is not valid UTF-8 text", item.offset) from None


def read_string_value(item: Field, message: str, name: str) -> Union[str, bytes]:
    """A `bytes` field holding text in practice (attribute strings, string tensors): str if it decodes."""
    check_wire(item, LENGTH_DELIMITED, message, name)
    raw = item.value.bytes()
    try:
        return str(raw, "utf-8")
    except UnicodeDecodeError:
        return raw


def read_int(item: Field, message: str, name: str) -> int:
    check_wire(item, VARINT, message, name)
    return signed64(item.value)


def read_repeated_ints(item: Field, message: str, name: str, signed: bool = True) -> list[int]:
    """A repeated integer field, one value per field or packed into one length-delimited field."""
    if item.wire == VARINT:
        return [signed64(item.value) if signed else item.value]
    check_wire(item, LENGTH_DELIMITED, message, name)
    values, pos, span = [], item.value.start, item.value
    while pos < span.end:
        value, pos = read_varint(span.data, pos, span.end)
        values.append(signed64(value) if signed else value)
    return values


def read_repeated_fixed(item: Field, message: str, name: str, fmt: str) -> list[Any]:
    """A repeated float or double field, unpacked or packed."""
    wire = FIXED32 if fmt == "f" else FIXED64
    if item.wire == wire:
        return list(struct.unpack("<" + fmt, item.value))
    check_wire(item, LENGTH_DELIMITED, message, name)
    raw = item.value.bytes()
    size = struct.calcsize(fmt)
    if len(raw) % size:
        raise fail_at(f"{message}.{name} holds {len(raw)} bytes, not a whole number of {size}-byte values", item.offset)
    return list(struct.unpack(f"<{len(raw) // size}{fmt}", raw))


def read_submessage(item: Field, message: str, name: str) -> Span:
    check_wire(item, LENGTH_DELIMITED, message, name)
    return item.value
