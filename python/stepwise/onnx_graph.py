"""Builds one ONNX graph step by step: unique tensor names, weights as initializers, nodes, opsets.

Converters add nodes in order and get back the names of the tensors they produced; `publish`
gives a tensor its public output name (`label`, `probabilities`, ...), and `to_bytes` writes
the model with `onnx_writer`.
"""

from __future__ import annotations

from typing import Sequence, Union

from . import onnx_writer
from .onnx_writer import FLOAT, AttributeValue, Dim

# ir_version 8 and opset 17 are the newest that Debian's onnx 1.12 checks and every current
# onnxruntime runs; ai.onnx.ml 3 is the version of the tree-ensemble operators used here.
IR_VERSION = 8
OPSETS = {"": 17, "ai.onnx.ml": 3}
PRODUCER = "stepwise.export"


class GraphBuilder:
    """Collects the nodes and initializers of one graph with a single float32 input."""

    def __init__(self, name: str, input_name: str, n_features: int) -> None:
        self.name = name
        self.input = input_name
        self._input_info = onnx_writer.value_info(input_name, FLOAT, ["N", n_features])
        # Nodes stay editable (op, inputs, outputs, name, attributes, domain) until to_bytes, so
        # that publish can rename a node's output instead of adding an Identity node.
        self._nodes: list[tuple[str, list[str], list[str], str, list[bytes], str]] = []
        self._initializers: list[bytes] = []
        self._outputs: list[bytes] = []
        self._taken = {input_name}
        self._domains = {""}

    def fresh(self, hint: str) -> str:
        """A tensor name not used yet, based on `hint`."""
        name, count = hint, 1
        while name in self._taken:
            count += 1
            name = f"{hint}_{count}"
        self._taken.add(name)
        return name

    def constant(
        self, hint: str, dims: Sequence[int], values: Sequence[Union[float, int, str]], data_type: int = FLOAT
    ) -> str:
        """Adds an initializer (a weight) and returns its name."""
        name = self.fresh(hint)
        self._initializers.append(onnx_writer.tensor(name, dims, data_type, values))
        return name

    def add(
        self, op_type: str, inputs: Sequence[str], outputs: int = 1, domain: str = "", **attributes: AttributeValue
    ) -> list[str]:
        """Adds a node and returns the names of its `outputs` new tensors."""
        names = [self.fresh(f"{op_type.lower()}_out") for _ in range(outputs)]
        attrs = [onnx_writer.attribute(key, value) for key, value in attributes.items()]
        self._nodes.append((op_type, list(inputs), names, f"{op_type}_{len(self._nodes)}", attrs, domain))
        self._domains.add(domain)
        return names

    def add1(self, op_type: str, inputs: Sequence[str], domain: str = "", **attributes: AttributeValue) -> str:
        """`add` for the common node with a single output."""
        return self.add(op_type, inputs, 1, domain, **attributes)[0]

    def publish(self, tensor: str, public_name: str, elem_type: int, shape: Sequence[Dim]) -> None:
        """Makes `tensor` a graph output called `public_name`, of the given element type and shape."""
        if public_name in self._taken:
            raise ValueError(f"the output name {public_name!r} is already used in this graph")
        if any(tensor in outputs for _, _, outputs, _, _, _ in self._nodes):
            for _, inputs, outputs, _, _, _ in self._nodes:
                inputs[:] = [public_name if item == tensor else item for item in inputs]
                outputs[:] = [public_name if item == tensor else item for item in outputs]
        else:  # the graph input or an initializer keeps its name: copy it
            self._nodes.append(("Identity", [tensor], [public_name], f"Identity_{len(self._nodes)}", [], ""))
        self._taken.add(public_name)
        self._outputs.append(onnx_writer.value_info(public_name, elem_type, shape))

    def to_bytes(self) -> bytes:
        """The model as ONNX protobuf bytes."""
        nodes = [onnx_writer.node(*node) for node in self._nodes]
        body = onnx_writer.graph(self.name, nodes, self._initializers, [self._input_info], self._outputs)
        opsets = {domain: OPSETS[domain] for domain in self._domains}
        return onnx_writer.model(body, opsets, IR_VERSION, PRODUCER)
