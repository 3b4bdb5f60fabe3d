"""Dense layers, activations and the output heads that every exported model ends in.

The heads give every model the same outputs, whatever it was built with:
- classifiers: `label` [N] (int64, or string for string classes) and `probabilities` [N, n_classes];
- regressors: `prediction` [N] for one target, [N, n_targets] for several (as scikit-learn's predict);
- transformers: `transformed` [N, n_features].
The label is the argmax of the probabilities mapped through the classes, computed in the graph
rather than taken from an operator's own label output (TreeEnsembleClassifier's is wrong for two
classes in onnxruntime), so it always agrees with the probabilities it comes with.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from .export_values import class_labels
from .onnx_graph import GraphBuilder
from .onnx_writer import FLOAT, INT64

# Activation name -> ONNX operator (None: nothing to apply). "logistic" is scikit-learn's name for sigmoid.
ACTIVATIONS = {"relu": "Relu", "tanh": "Tanh", "sigmoid": "Sigmoid", "logistic": "Sigmoid", "identity": None}


def activation_op(name: Any, what: str) -> Optional[str]:
    """The ONNX operator for an activation name, or a ValueError listing the supported ones."""
    if name is None:
        return None
    if not isinstance(name, str) or name.lower() not in ACTIVATIONS:
        supported = ", ".join(repr(key) for key in ACTIVATIONS)
        raise ValueError(f"{what}: activation {name!r} is not supported; use one of {supported}")
    return ACTIVATIONS[name.lower()]


def dense(graph: GraphBuilder, x: str, weights: list[list[float]], bias: Optional[list[float]], hint: str) -> str:
    """x @ weights + bias, with weights of shape [n_in, n_out] (numpy's convention), as one Gemm."""
    n_in, n_out = len(weights), len(weights[0])
    inputs = [x, graph.constant(f"{hint}_weights", [n_in, n_out], [value for row in weights for value in row])]
    if bias is not None:
        if len(bias) != n_out:
            raise ValueError(f"{hint}: the bias has {len(bias)} values but the weights have {n_out} columns")
        inputs.append(graph.constant(f"{hint}_bias", [n_out], bias))
    return graph.add1("Gemm", inputs)


def activate(graph: GraphBuilder, x: str, op: Optional[str]) -> str:
    """Applies an operator from `activation_op` (None leaves x as it is)."""
    return graph.add1(op, [x]) if op else x


def probabilities(graph: GraphBuilder, scores: str, n_scores: int, rule: str) -> str:
    """Class probabilities [N, n_classes] from decision scores [N, n_scores].

    rule "softmax": softmax over the scores; "sigmoid": per-score sigmoid, normalised to sum to 1
    when there are several (scikit-learn's one-vs-rest). One score means two classes: the score
    s stands for [-s, s], whose sigmoids are [1 - p, p] without 1 - p's loss of precision.
    """
    if rule not in ("softmax", "sigmoid"):
        raise ValueError(f"unknown probability rule {rule!r}")
    if n_scores == 1:
        scores = graph.add1("Concat", [graph.add1("Neg", [scores]), scores], axis=1)
    if rule == "softmax":
        return graph.add1("Softmax", [scores], axis=1)
    each = graph.add1("Sigmoid", [scores])
    if n_scores == 1:
        return each
    total = graph.add1("ReduceSum", [each, graph.constant("class_axis", [1], [1], INT64)], keepdims=1)
    return graph.add1("Div", [each, total])


def classifier_outputs(graph: GraphBuilder, probs: str, classes: Sequence[Any], what: str) -> None:
    """Publishes `probabilities` and `label` = classes[argmax(probabilities)]."""
    data_type, labels = class_labels(classes, f"{what}: classes")
    index = graph.add1("ArgMax", [probs], axis=1, keepdims=0)
    label = graph.add1("Gather", [graph.constant("classes", [len(labels)], labels, data_type), index], axis=0)
    graph.publish(label, "label", data_type, ["N"])
    graph.publish(probs, "probabilities", FLOAT, ["N", len(labels)])


def regressor_outputs(graph: GraphBuilder, y: str, n_targets: int, one_column: bool) -> None:
    """Publishes `prediction`: [N] when `one_column` (y is [N, 1]), else [N, n_targets]."""
    if one_column:
        if n_targets != 1:
            raise ValueError(f"a single-target prediction cannot have {n_targets} columns")
        squeezed = graph.add1("Squeeze", [y, graph.constant("target_axis", [1], [1], INT64)])
        graph.publish(squeezed, "prediction", FLOAT, ["N"])
    else:
        graph.publish(y, "prediction", FLOAT, ["N", n_targets])


def transformer_output(graph: GraphBuilder, x: str, width: int) -> None:
    """Publishes `transformed` [N, width]."""
    graph.publish(x, "transformed", FLOAT, ["N", width])
