"""Writes the ONNX files the model registry and serving tests use, into the folder given as argv[1].

Standard library only (the exporter and writer of python/stepwise): the models are small networks
with fixed weights, plus files that must be refused, each built on purpose.
"""

from __future__ import annotations

import sys
from pathlib import Path

from stepwise import onnx_writer as w
from stepwise.export import mlp_to_onnx

folder = Path(sys.argv[1])


def weights(rows: int, cols: int, scale: float) -> list[list[float]]:
    return [[scale * ((r * cols + c) % 7 - 3) for c in range(cols)] for r in range(rows)]


# The serving benchmark's shape: 8 -> 16 (relu) -> 3 (softmax), outputs label and probabilities.
classifier = [(weights(8, 16, 0.1), [0.01] * 16, "relu"), (weights(16, 3, 0.2), [0.0, 0.1, -0.1], "softmax")]
(folder / "classifier.onnx").write_bytes(mlp_to_onnx(classifier, name="classifier"))
# A linear regressor: prediction = x . [1, 2, 3, 4] + 0.5
(folder / "regressor.onnx").write_bytes(
    mlp_to_onnx([([[1.0], [2.0], [3.0], [4.0]], [0.5], "identity")], task="regressor", name="regressor")
)


def float_input(name: str, width: int) -> bytes:
    return w.value_info(name, w.FLOAT, ["N", width])


# Two inputs, one output: sum = a + b.
two_inputs = w.graph(
    "add", [w.node("Add", ["a", "b"], ["sum"], "add")], [], [float_input("a", 2), float_input("b", 2)], [float_input("sum", 2)]
)
(folder / "two-inputs.onnx").write_bytes(w.model(two_inputs, {"": 17}, 8, "stepwise tests"))

# A real model stamped with an operator set onnxruntime does not know.
identity = w.graph("identity", [w.node("Identity", ["x"], ["y"], "id")], [], [float_input("x", 2)], [float_input("y", 2)])
(folder / "opset-99.onnx").write_bytes(w.model(identity, {"": 99}, 8, "stepwise tests"))

# An initializer whose data lives in another file: a way to make a runtime read any file.
external_tensor = (
    w._text_field(8, "secret")
    + w._int_field(1, 4)
    + w._int_field(2, w.FLOAT)
    + w._bytes_field(13, w._text_field(1, "location") + w._text_field(2, "/etc/passwd"))
    + w._int_field(14, 1)
)
external = w.graph(
    "external",
    [w.node("Add", ["x", "secret"], ["y"], "add")],
    [external_tensor],
    [w.value_info("x", w.FLOAT, [4])],
    [w.value_info("y", w.FLOAT, [4])],
)
(folder / "external-data.onnx").write_bytes(w.model(external, {"": 17}, 8, "stepwise tests"))

# An output that is a sequence of tensors, not a tensor (as ZipMap's maps are not).
tensor_type = w._int_field(1, w.FLOAT) + w._bytes_field(2, w._bytes_field(1, w._int_field(1, 2)))
sequence_info = w._text_field(1, "items") + w._bytes_field(2, w._bytes_field(4, w._bytes_field(1, w._bytes_field(1, tensor_type))))
sequence = w.graph(
    "sequence",
    [w.node("SequenceConstruct", ["x"], ["items"], "seq")],
    [],
    [w.value_info("x", w.FLOAT, [2])],
    [sequence_info],
)
(folder / "sequence-output.onnx").write_bytes(w.model(sequence, {"": 17}, 8, "stepwise tests"))
