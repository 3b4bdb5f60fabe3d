"""What onnx_reader returns: an ONNX model's graph, nodes, tensors and value infos, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Union

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

Dim = Union[int, str, None]


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
