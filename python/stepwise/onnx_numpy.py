"""Runs an ONNX model read by stepwise.onnx_reader with numpy, one node after the other.

For exercise tests that check an exported model where onnxruntime is not at hand (the browser,
the grading sandbox): the operators stepwise.export writes for scalers, linear models and MLPs,
and those torch.onnx.export writes for Linear and ReLU layers. The caller hands in numpy, which
its exercise requires: the package itself imports nothing outside the standard library, so that
it loads in a browser without numpy.
"""

from __future__ import annotations

from typing import Any

from .onnx_model import Node, OnnxModel

# TensorProto element types the exporters write, as numpy types.
_NUMPY_TYPES = {1: "float32", 7: "int64", 11: "float64"}


def run_graph(np: Any, model: OnnxModel, rows: Any, unknown_op_hint: str = "") -> dict[str, Any]:
    """Feeds `rows` (as float32) to the graph's first input; returns every graph output by name.

    `np` is the numpy module. A node this runner does not know raises ValueError naming its
    operator, followed by `unknown_op_hint` (what the learner may have done to get it).
    """
    values: dict[str, Any] = {
        tensor.name: np.array(tensor.values, dtype=_NUMPY_TYPES.get(tensor.data_type, object)).reshape(tensor.dims)
        for tensor in model.graph.initializers
    }
    values[model.graph.inputs[0].name] = np.asarray(rows, dtype=np.float32)
    for node in model.graph.nodes:
        # An empty name stands for an optional input left out.
        args = [values[name] for name in node.inputs if name]
        values[node.outputs[0]] = _apply(np, node, args, unknown_op_hint)
    return {output.name: values[output.name] for output in model.graph.outputs}


def _apply(np: Any, node: Node, args: list, unknown_op_hint: str) -> Any:
    op, attrs = node.op_type, node.attributes
    elementwise = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": np.divide}
    unary = {
        "Relu": lambda v: np.maximum(v, 0),
        "Tanh": np.tanh,
        "Sigmoid": lambda v: 1 / (1 + np.exp(-v)),
        "Neg": np.negative,
        "Identity": lambda v: v,
    }
    if op in elementwise:
        return elementwise[op](args[0], args[1])
    if op in unary:
        return unary[op](args[0])
    if op == "Gemm":
        a = args[0].T if attrs.get("transA", 0) else args[0]
        b = args[1].T if attrs.get("transB", 0) else args[1]
        out = attrs.get("alpha", 1.0) * (a @ b)
        return out + attrs.get("beta", 1.0) * args[2] if len(args) > 2 else out
    if op == "MatMul":
        return args[0] @ args[1]
    if op == "Softmax":
        shifted = np.exp(args[0] - args[0].max(axis=attrs.get("axis", -1), keepdims=True))
        return shifted / shifted.sum(axis=attrs.get("axis", -1), keepdims=True)
    if op == "Concat":
        return np.concatenate(args, axis=attrs["axis"])
    if op == "ReduceSum":
        axes = tuple(args[1]) if len(args) > 1 else tuple(attrs.get("axes", ()))
        return args[0].sum(axis=axes or None, keepdims=bool(attrs.get("keepdims", 1)))
    if op == "Clip":
        return np.clip(args[0], args[1] if len(args) > 1 else None, args[2] if len(args) > 2 else None)
    if op == "ArgMax":
        axis = attrs.get("axis", 0)
        index = np.argmax(args[0], axis=axis)
        return np.expand_dims(index, axis) if attrs.get("keepdims", 1) else index
    if op == "Gather":
        return np.take(args[0], args[1], axis=attrs.get("axis", 0))
    raise ValueError(f"the graph has an ONNX {op} node, which this test cannot run{unknown_op_hint}")
