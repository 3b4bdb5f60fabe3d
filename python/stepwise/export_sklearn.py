"""Converters from fitted scikit-learn estimators (and Pipelines of them) to ONNX graph nodes.

scikit-learn is never imported: an estimator is recognised by the names of its classes (so a
subclass of LogisticRegression counts as one) and read through its fitted attributes. Every
converter reproduces the estimator's own predict / predict_proba / transform in float32:
linear models, MLPs and scalers with standard ONNX operators (Gemm, activations, Softmax, ...),
trees with ai.onnx.ml tree ensembles, KMeans as distances to its centres.
"""

from __future__ import annotations

import math
import warnings
from typing import Any, Callable, NamedTuple, Optional

from .export_layers import (
    activate,
    activation_op,
    classifier_outputs,
    dense,
    probabilities,
    regressor_outputs,
    transformer_output,
)
from .export_trees import tree_probabilities, tree_regression
from .export_values import matrix, number, plain, vector
from .onnx_graph import GraphBuilder
from .onnx_writer import FLOAT, INT64

# A converter adds an estimator's nodes after tensor x of `width` columns. A transformer returns
# (its output tensor, its width); the last step of a model publishes the outputs and returns None.
Converter = Callable[[GraphBuilder, str, int, Any, str], Optional[tuple[str, int]]]


class _Kind(NamedTuple):
    convert: Converter
    fitted: tuple[str, ...]  # attributes that exist only after fit
    transformer: bool  # may come before the last step of a Pipeline


def _transpose(rows: list[list[float]]) -> list[list[float]]:
    return [list(column) for column in zip(*rows)]


def _check_width(what: str, incoming: int, own: int) -> None:
    if incoming != own:
        raise ValueError(f"{what} was fitted on {own} features but receives {incoming}")


def _linear_weights(model: Any, what: str, width: int) -> tuple[list[list[float]], list[float], bool]:
    """coef_ and intercept_ as ([n_features, n_outputs] weights, bias, whether coef_ was 1-D)."""
    coef = plain(model.coef_)
    one_column = not isinstance(coef[0], (list, tuple))
    rows = matrix([coef] if one_column else coef, f"{what}: coef_")
    _check_width(what, width, len(rows[0]))
    intercept = plain(model.intercept_)
    bias = vector(intercept, f"{what}: intercept_") if isinstance(intercept, (list, tuple)) else None
    if bias is None:  # a scalar: 0.0 when fit_intercept=False, or the one target's intercept
        bias = [number(intercept, f"{what}: intercept_")] * len(rows)
    return _transpose(rows), bias, one_column


def _linear_regression(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    weights, bias, one_column = _linear_weights(model, what, width)
    y = dense(graph, x, weights, bias, "linear")
    regressor_outputs(graph, y, len(bias), one_column)


def _logistic_one_vs_rest(model: Any, n_classes: int) -> bool:
    """Whether predict_proba normalises per-class sigmoids (one-vs-rest) rather than taking a softmax.

    scikit-learn's rule (1.2 to 1.7): multi_class "ovr", or "auto" with two classes or a solver
    that fits one-vs-rest. Later versions drop multi_class: multinomial beyond two classes.
    """
    multi_class = getattr(model, "multi_class", "auto")
    if multi_class in ("ovr", "warn"):
        return True
    if multi_class == "multinomial":
        return False
    return n_classes <= 2 or getattr(model, "solver", "") in ("liblinear", "newton-cholesky")


def _logistic_probabilities_by_hand(
    weights: list[list[float]], bias: list[float], row: list[float], one_vs_rest: bool
) -> list[float]:
    scores = [sum(w * v for w, v in zip(column, row)) + b for column, b in zip(_transpose(weights), bias)]
    if len(scores) == 1:
        scores = [-scores[0], scores[0]]
    if one_vs_rest:
        each = [1 / (1 + math.exp(-s)) if s > -700 else 0.0 for s in scores]
        return each if len(each) == 2 else [p / sum(each) for p in each]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return [e / sum(exps) for e in exps]


def _check_logistic_rule(model: Any, what: str, weights: list[list[float]], bias: list[float], ovr: bool) -> None:
    """Compares the chosen probability rule with the model's own predict_proba on a few rows.

    Which rule predict_proba follows has changed between scikit-learn versions; refusing here
    beats exporting a model whose probabilities quietly differ.
    """
    if not callable(getattr(model, "predict_proba", None)):
        return
    width = len(weights)
    rows = [[((3 * i + 5 * j) % 7 - 3) / 2 for j in range(width)] for i in range(3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. "X does not have valid feature names"
        theirs = plain(model.predict_proba(rows))
    for row, their_row in zip(rows, theirs):
        ours = _logistic_probabilities_by_hand(weights, bias, row, ovr)
        if any(abs(a - b) > 1e-6 + 1e-6 * abs(b) for a, b in zip(ours, their_row)):
            raise ValueError(
                f"{what}: this scikit-learn version computes predict_proba in a way stepwise.export does not know "
                f"(multi_class={getattr(model, 'multi_class', None)!r}, solver={getattr(model, 'solver', None)!r})"
            )


def _logistic_regression(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    classes = plain(model.classes_)
    weights, bias, _ = _linear_weights(model, what, width)
    n_scores = len(bias)
    if n_scores != (1 if len(classes) == 2 else len(classes)):
        raise ValueError(f"{what}: coef_ has {n_scores} rows for {len(classes)} classes")
    one_vs_rest = _logistic_one_vs_rest(model, len(classes))
    _check_logistic_rule(model, what, weights, bias, one_vs_rest)
    scores = dense(graph, x, weights, bias, "logistic")
    probs = probabilities(graph, scores, n_scores, "sigmoid" if one_vs_rest else "softmax")
    classifier_outputs(graph, probs, classes, what)


def _mlp_hidden(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> tuple[str, int]:
    """Every layer of a fitted MLP up to the output activation, which the caller applies."""
    hidden_op = activation_op(model.activation, what)
    coefs, intercepts = list(model.coefs_), list(model.intercepts_)
    for index, (coef, intercept) in enumerate(zip(coefs, intercepts)):
        weights = matrix(coef, f"{what}: coefs_[{index}]")
        _check_width(f"{what}: layer {index}", width, len(weights))
        x = dense(graph, x, weights, vector(intercept, f"{what}: intercepts_[{index}]"), f"layer{index}")
        width = len(weights[0])
        if index < len(coefs) - 1:
            x = activate(graph, x, hidden_op)
    return x, width


def _mlp_classifier(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    scores, n_scores = _mlp_hidden(graph, x, width, model, what)
    if model.out_activation_ == "softmax":
        probs = probabilities(graph, scores, n_scores, "softmax")
    elif model.out_activation_ == "logistic" and n_scores == 1:
        probs = probabilities(graph, scores, 1, "sigmoid")
    else:
        raise ValueError(
            f"{what} was fitted for multilabel output ({n_scores} independent yes/no answers); "
            "stepwise.export supports one label per row"
        )
    classifier_outputs(graph, probs, model.classes_, what)


def _mlp_regressor(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    y, n_targets = _mlp_hidden(graph, x, width, model, what)
    if model.out_activation_ != "identity":
        raise ValueError(f"{what}: output activation {model.out_activation_!r} is not supported (only 'identity')")
    regressor_outputs(graph, y, n_targets, n_targets == 1)


def _single_output_classes(model: Any, what: str) -> list[Any]:
    if getattr(model, "n_outputs_", 1) != 1:
        raise ValueError(f"{what} was fitted on {model.n_outputs_} target columns; export supports one")
    return plain(model.classes_)


def _tree_classifier(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    classes = _single_output_classes(model, what)
    estimators = list(model.estimators_) if hasattr(model, "estimators_") else [model]
    probs = tree_probabilities(graph, x, width, estimators, len(classes), what)
    classifier_outputs(graph, probs, classes, what)


def _tree_regressor(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    n_targets = int(model.n_outputs_)
    estimators = list(model.estimators_) if hasattr(model, "estimators_") else [model]
    y = tree_regression(graph, x, width, estimators, n_targets, what)
    regressor_outputs(graph, y, n_targets, n_targets == 1)


def _kmeans(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
    """`distances` [N, k] to every centre (KMeans.transform) and `label` [N], the nearest one (predict).

    Distances are computed from the differences x - centre rather than |x|² - 2x·c + |c|², which
    loses most of float32's digits for points near a centre.
    """
    centers = matrix(model.cluster_centers_, f"{what}: cluster_centers_")
    _check_width(what, width, len(centers[0]))
    rows = graph.add1("Unsqueeze", [x, graph.constant("centre_axis", [1], [1], INT64)])  # [N, 1, F]
    flat = [value for center in centers for value in center]
    diff = graph.add1("Sub", [rows, graph.constant("centres", [len(centers), width], flat)])  # [N, k, F]
    squared = graph.add1("ReduceSumSquare", [diff], axes=[2], keepdims=0)  # [N, k]
    graph.publish(graph.add1("ArgMin", [squared], axis=1, keepdims=0), "label", INT64, ["N"])
    graph.publish(graph.add1("Sqrt", [squared]), "distances", FLOAT, ["N", len(centers)])


def _standard_scaler(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> tuple[str, int]:
    """(x - mean_) / scale_, each part only when with_mean / with_std is on, as transform does."""
    if model.with_mean:
        mean = vector(model.mean_, f"{what}: mean_")
        _check_width(what, width, len(mean))
        x = graph.add1("Sub", [x, graph.constant("mean", [width], mean)])
    if model.with_std:
        scale = vector(model.scale_, f"{what}: scale_")
        _check_width(what, width, len(scale))
        x = graph.add1("Div", [x, graph.constant("scale", [width], scale)])
    return x, width


def _min_max_scaler(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> tuple[str, int]:
    """x * scale_ + min_, then clipped to feature_range when clip=True, as transform does."""
    scale, offset = vector(model.scale_, f"{what}: scale_"), vector(model.min_, f"{what}: min_")
    _check_width(what, width, len(scale))
    x = graph.add1("Mul", [x, graph.constant("scale", [width], scale)])
    x = graph.add1("Add", [x, graph.constant("min", [width], offset)])
    if getattr(model, "clip", False):
        low, high = (number(value, f"{what}: feature_range") for value in model.feature_range)
        x = graph.add1("Clip", [x, graph.constant("clip_low", [], [low]), graph.constant("clip_high", [], [high])])
    return x, width


def _transformer_as_model(convert: Converter) -> Converter:
    """A transformer used as a whole model: its result is the `transformed` output."""

    def publish(graph: GraphBuilder, x: str, width: int, model: Any, what: str) -> None:
        result = convert(graph, x, width, model, what)
        assert result is not None, "a transformer returns its output"
        transformer_output(graph, *result)

    return publish


KINDS: dict[str, _Kind] = {
    "StandardScaler": _Kind(_standard_scaler, ("scale_", "n_features_in_"), True),
    "MinMaxScaler": _Kind(_min_max_scaler, ("scale_", "min_"), True),
    "LinearRegression": _Kind(_linear_regression, ("coef_", "intercept_"), False),
    "Ridge": _Kind(_linear_regression, ("coef_", "intercept_"), False),
    "LogisticRegression": _Kind(_logistic_regression, ("coef_", "intercept_", "classes_"), False),
    "MLPClassifier": _Kind(_mlp_classifier, ("coefs_", "intercepts_", "out_activation_", "classes_"), False),
    "MLPRegressor": _Kind(_mlp_regressor, ("coefs_", "intercepts_", "out_activation_"), False),
    "DecisionTreeClassifier": _Kind(_tree_classifier, ("tree_", "classes_"), False),
    "DecisionTreeRegressor": _Kind(_tree_regressor, ("tree_",), False),
    "RandomForestClassifier": _Kind(_tree_classifier, ("estimators_", "classes_"), False),
    "RandomForestRegressor": _Kind(_tree_regressor, ("estimators_",), False),
    "KMeans": _Kind(_kmeans, ("cluster_centers_",), False),
}

SUPPORTED = ", ".join(KINDS) + ", and a Pipeline of scalers ending in any of these"


def _sklearn_class_names(model: Any) -> list[str]:
    return [cls.__name__ for cls in type(model).__mro__ if cls.__module__.split(".")[0] == "sklearn"]


def _kind(model: Any, what: str) -> _Kind:
    for name in _sklearn_class_names(model):
        if name in KINDS:
            kind = KINDS[name]
            missing = [attribute for attribute in kind.fitted if not hasattr(model, attribute)]
            if missing:
                raise ValueError(f"{what} is not fitted yet (no {missing[0]}): call fit(X, y) before exporting it")
            return kind
    raise TypeError(
        f"{what}: stepwise.export cannot export {type(model).__name__} (from {type(model).__module__.split('.')[0]}). "
        f"It exports {SUPPORTED}. For a PyTorch model use torch.onnx.export (see docs/deploy.md)."
    )


def plan(model: Any) -> list[tuple[str, Converter, Any]]:
    """(description, converter, estimator) for each step of `model`, checked before any node is built.

    A Pipeline becomes its steps in order (nested Pipelines flattened, "passthrough" and None
    skipped); every step but the last must be a transformer.
    """
    steps: list[tuple[str, Any]] = []

    def walk(estimator: Any, what: str) -> None:
        if "Pipeline" in _sklearn_class_names(estimator):
            for step_name, step in estimator.steps:
                if step is not None and step != "passthrough":
                    walk(step, f"Pipeline step {step_name!r} ({type(step).__name__})")
        else:
            steps.append((what, estimator))

    walk(model, type(model).__name__)
    if not steps:
        raise ValueError("the Pipeline has no steps to export (all are 'passthrough')")
    result = []
    for index, (what, estimator) in enumerate(steps):
        kind = _kind(estimator, what)
        last = index == len(steps) - 1
        if not last and not kind.transformer:
            transformers = " or ".join(name for name, item in KINDS.items() if item.transformer)
            raise ValueError(
                f"{what} comes before the last step of the Pipeline, where stepwise.export supports only {transformers}"
            )
        convert = _transformer_as_model(kind.convert) if last and kind.transformer else kind.convert
        result.append((what, convert, estimator))
    return result


def build(graph: GraphBuilder, steps: list[tuple[str, Converter, Any]], width: int) -> None:
    """Adds every step's nodes to `graph`, whose input has `width` columns."""
    x = graph.input
    for what, convert, estimator in steps:
        out = convert(graph, x, width, estimator, what)
        if out is not None:
            x, width = out
