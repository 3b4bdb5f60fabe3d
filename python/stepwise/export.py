"""Exports trained models to ONNX with nothing extra installed: standard library only, so it runs
unchanged in Pyodide (in the browser) and in CPython >= 3.10, without numpy, onnx or skl2onnx.

    from stepwise.export import to_onnx, mlp_to_onnx

    to_onnx(pipeline, "model.onnx")            # a fitted scikit-learn model or Pipeline
    mlp_to_onnx([(W1, b1, "relu"), (W2, b2, "softmax")], "mlp.onnx", classes=["cat", "dog", "fish"])

Every exported model takes one float32 tensor `input` of shape [N, n_features] (N, the batch
size, is free) and answers with:
- a classifier: `label` [N] (int64; a string tensor when the classes are strings) and
  `probabilities` [N, n_classes], in the order of the model's classes;
- a regressor: `prediction` [N] for one target, [N, n_targets] for several;
- KMeans: `label` [N] (the nearest cluster) and `distances` [N, n_clusters];
- a scaler on its own: `transformed` [N, n_features].
The files use ONNX IR version 8 with opset 17 (and ai.onnx.ml 3 for trees). See docs/deploy.md.
"""

from __future__ import annotations

import os
from typing import Any, Optional, Sequence, Union

from .export_layers import activate, activation_op, classifier_outputs, dense, probabilities, regressor_outputs
from .export_sklearn import SUPPORTED, build, plan
from .export_values import matrix, number, plain, vector
from .onnx_graph import GraphBuilder

__all__ = ["to_onnx", "mlp_to_onnx", "SUPPORTED", "INPUT_NAME"]

INPUT_NAME = "input"
PathLike = Union[str, "os.PathLike[str]"]


def to_onnx(
    model: Any, path: Optional[PathLike] = None, *, n_features: Optional[int] = None, name: str = "model"
) -> bytes:
    """Exports a fitted scikit-learn model or Pipeline; returns the ONNX bytes and writes them to `path` if given.

    Supported: LinearRegression, Ridge, LogisticRegression (binary, multinomial, one-vs-rest),
    MLPClassifier, MLPRegressor, DecisionTreeClassifier / Regressor, RandomForestClassifier /
    Regressor, KMeans, StandardScaler, MinMaxScaler, and a Pipeline of scalers ending in any of
    them. `n_features` defaults to the model's `n_features_in_`. Anything else raises TypeError;
    an unfitted model or an option that cannot be exported raises ValueError saying why.
    """
    _check_name(name)
    steps = plan(model)  # checks every step (supported, fitted) before anything is built
    known = getattr(model, "n_features_in_", None)
    if n_features is None:
        if known is None:
            raise ValueError(f"{type(model).__name__} does not say how many features it takes: pass n_features=")
        n_features = int(known)
    elif known is not None and int(known) != n_features:
        raise ValueError(f"n_features={n_features}, but the model was fitted on {int(known)} features")
    _check_n_features(n_features)
    graph = GraphBuilder(name, INPUT_NAME, n_features)
    build(graph, steps, n_features)
    return _finish(graph, path)


def mlp_to_onnx(
    layers: Sequence[Any],
    path: Optional[PathLike] = None,
    *,
    task: str = "classifier",
    classes: Optional[Sequence[Any]] = None,
    name: str = "model",
) -> bytes:
    """Exports a network you wrote yourself (numpy arrays or plain lists): a linear model or an MLP.

    `layers` lists (weights, bias, activation) in order, each computing
    activation(x @ weights + bias): weights of shape [n_in, n_out] (a 1-D weight vector is one
    output), bias of n_out values (or a number, or None for none), activation one of "relu",
    "tanh", "sigmoid", "identity" (None means identity).

    task="classifier": the last layer's activation is "softmax" (one output per class) or
    "sigmoid" (one output, the probability of classes[1]); `classes` defaults to 0, 1, 2, ...
    and can be integers or strings. task="regressor": any activation; the output is
    `prediction`. Returns the ONNX bytes and writes them to `path` if given.
    """
    _check_name(name)
    if task not in ("classifier", "regressor"):
        raise ValueError(f"task must be 'classifier' or 'regressor', got {task!r}")
    parsed = [_layer(layer, index) for index, layer in enumerate(_layer_list(layers))]
    n_features = len(parsed[0][0])
    _check_n_features(n_features)
    graph = GraphBuilder(name, INPUT_NAME, n_features)
    x, width = graph.input, n_features
    for index, (weights, bias, activation) in enumerate(parsed):
        what = f"layer {index}"
        if len(weights) != width:
            raise ValueError(f"{what}: weights have {len(weights)} rows but the layer receives {width} values")
        if bias is not None and len(bias) != len(weights[0]):
            raise ValueError(f"{what}: the bias has {len(bias)} values but the weights have {len(weights[0])} columns")
        x = dense(graph, x, weights, bias, f"layer{index}")
        width = len(weights[0])
        last = index == len(parsed) - 1
        if activation == "softmax" and not (last and task == "classifier"):
            raise ValueError(f"{what}: 'softmax' is only supported as the last layer of a classifier")
        if not (last and task == "classifier"):
            x = activate(graph, x, activation_op(activation, what))
    if task == "regressor":
        regressor_outputs(graph, x, width, width == 1)
        return _finish(graph, path)
    final = parsed[-1][2]
    if final == "softmax" and width >= 2:
        probs = probabilities(graph, x, width, "softmax")
    elif final in ("sigmoid", "logistic") and width == 1:
        probs = probabilities(graph, x, 1, "sigmoid")
    else:
        raise ValueError(
            f"a classifier's last layer must end in 'softmax' (two or more outputs, one per class) or "
            f"'sigmoid' (one output, the probability of the second class); got {final!r} with {width} outputs"
        )
    n_classes = max(width, 2)
    labels = list(range(n_classes)) if classes is None else list(plain(classes))
    if len(labels) != n_classes:
        raise ValueError(f"classes lists {len(labels)} labels but the network predicts {n_classes} classes")
    classifier_outputs(graph, probs, labels, "mlp_to_onnx")
    return _finish(graph, path)


def _layer_list(layers: Any) -> list[Any]:
    if not isinstance(layers, (list, tuple)) or not layers:
        raise ValueError("layers must be a non-empty list of (weights, bias, activation) tuples")
    return list(layers)


def _layer(layer: Any, index: int) -> tuple[list[list[float]], Optional[list[float]], Optional[str]]:
    what = f"layer {index}"
    if not isinstance(layer, (list, tuple)) or len(layer) not in (2, 3):
        raise ValueError(f"{what} must be a (weights, bias, activation) tuple, got {type(layer).__name__}")
    weights_value, bias_value = layer[0], layer[1]
    activation = layer[2] if len(layer) == 3 else None
    raw = plain(weights_value)
    if isinstance(raw, (list, tuple)) and raw and not isinstance(raw[0], (list, tuple)):
        weights = [[value] for value in vector(raw, f"{what}: weights")]  # a 1-D vector w: x @ w is one output
    else:
        weights = matrix(raw, f"{what}: weights")
    bias_raw = plain(bias_value)
    if bias_raw is None:
        bias = None
    elif isinstance(bias_raw, (list, tuple)):
        bias = _flatten_row(bias_raw, f"{what}: bias")
    else:
        bias = [number(bias_raw, f"{what}: bias")]
    if isinstance(activation, str):
        activation = activation.lower()
    if activation != "softmax":
        activation_op(activation, what)  # refuses an unknown name now, before anything is built
    return weights, bias, activation


def _flatten_row(values: list[Any], what: str) -> list[float]:
    """A bias as 1-D values; a single row [[b1, b2]] (shape (1, n), common in numpy code) is accepted too."""
    if len(values) == 1 and isinstance(values[0], (list, tuple)):
        return vector(values[0], what)
    return vector(values, what)


def _check_name(name: Any) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError(f"name must be a non-empty string, got {name!r}")


def _check_n_features(n_features: Any) -> None:
    if isinstance(n_features, bool) or not isinstance(n_features, int) or n_features < 1:
        raise ValueError(f"n_features must be a positive integer, got {n_features!r}")


def _finish(graph: GraphBuilder, path: Optional[PathLike]) -> bytes:
    data = graph.to_bytes()
    if path is not None:
        with open(os.fspath(path), "wb") as file:
            file.write(data)
    return data
