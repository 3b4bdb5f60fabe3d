"""Fits every kind of model stepwise.export supports on random data (fixed seeds), exports it, and
writes down what onnxruntime must reproduce. Run by onnx-export.test.ts:

    PYTHONPATH=python python3 export_cases.py OUT_DIR

For each case, OUT_DIR/<case>.onnx and OUT_DIR/<case>.json:
  input     rows of float32 values (the same values scikit-learn saw, so both sides get equal input)
  expected  {output name: scikit-learn's predict / predict_proba / transform, or numpy's forward pass}
  rows      the row indices to compare: all of them, except for trees the rows within 1e-6 of a split
            threshold, which float32 arithmetic upstream of the tree may send the other way
  labelRows   those of `rows` whose labels are compared: not the rows where the two most likely
            classes tie (within 1e-6), whose label float32 may decide either way
  checker   "passed", or "onnx is not installed", after onnx.checker (full check) and a check that
            onnx serializes the parsed model back to the very same bytes
Prints {"cases": [{"case", "file"}], "supported": [every estimator name stepwise.export supports]}.
"""

from __future__ import annotations

import json
import os
import re
import sys
import warnings

import numpy as np
from sklearn.cluster import KMeans
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.linear_model import LinearRegression, LogisticRegression, LogisticRegressionCV, Ridge
from sklearn.neural_network import MLPClassifier, MLPRegressor
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import MinMaxScaler, StandardScaler
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from stepwise.export import mlp_to_onnx, to_onnx
from stepwise.export_sklearn import KINDS

N_TRAIN, N_TEST, N_FEATURES = 300, 200, 5
NEAR_SPLIT = 1e-6
TIE = 1e-6

warnings.filterwarnings("ignore")  # convergence warnings of deliberately short trainings


def as_float32(values: np.ndarray) -> np.ndarray:
    """Rounds to float32 and back: the values an ONNX float32 input can hold exactly."""
    return np.asarray(values, dtype=np.float32).astype(np.float64)


def data(seed: int, n_features: int = N_FEATURES, scale: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    train = as_float32(rng.normal(size=(N_TRAIN, n_features)) * scale)
    # Test rows reach beyond the training range, so clipping and extrapolation are exercised too.
    test = as_float32(rng.normal(size=(N_TEST, n_features)) * scale * 1.5)
    return train, test


def labels(x: np.ndarray, n_classes: int, seed: int, names: list | None = None) -> np.ndarray:
    rng = np.random.default_rng(seed + 1)
    scores = x @ rng.normal(size=(x.shape[1], n_classes)) + rng.normal(scale=0.5, size=(len(x), n_classes))
    index = scores.argmax(axis=1)
    return np.array(names)[index] if names is not None else index


def targets(x: np.ndarray, n_targets: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed + 2)
    y = np.sin(x @ rng.normal(size=(x.shape[1], n_targets))) * 3 + x @ rng.normal(size=(x.shape[1], n_targets))
    return y[:, 0] if n_targets == 1 else y


def classifier_expected(model, x):
    return {"label": model.predict(x).tolist(), "probabilities": model.predict_proba(x).tolist()}


def regressor_expected(model, x):
    return {"prediction": model.predict(x).tolist()}


def trees_of(model):
    """The fitted trees a model (or a Pipeline's last step) predicts with, and the input they see."""
    final = model.steps[-1][1] if isinstance(model, Pipeline) else model
    trees = list(getattr(final, "estimators_", [final]))
    return [tree.tree_ for tree in trees if hasattr(tree, "tree_")]


def rows_away_from_splits(model, x):
    trees = trees_of(model)
    if not trees:
        return list(range(len(x)))
    seen = model[:-1].transform(x) if isinstance(model, Pipeline) else x
    near = np.zeros(len(x), dtype=bool)
    for tree in trees:
        inner = tree.children_left != -1
        gap = np.abs(seen[:, tree.feature[inner]] - tree.threshold[inner])
        near |= (gap < NEAR_SPLIT).any(axis=1)
    return np.flatnonzero(~near).tolist()


def sklearn_case(model, x_train, y_train, x_test, expected):
    model.fit(x_train, y_train) if y_train is not None else model.fit(x_train)
    return to_onnx(model), x_test, expected(model, x_test), rows_away_from_splits(model, x_test)


def numpy_forward(layers, x):
    for weights, bias, activation in layers:
        x = x @ np.asarray(weights).reshape(len(x[0]), -1) + np.asarray(bias).reshape(-1)
        if activation == "relu":
            x = np.maximum(x, 0)
        elif activation == "tanh":
            x = np.tanh(x)
        elif activation == "sigmoid":
            x = 1 / (1 + np.exp(-x))
        elif activation == "softmax":
            e = np.exp(x - x.max(axis=1, keepdims=True))
            x = e / e.sum(axis=1, keepdims=True)
    return x


def numpy_layers(seed: int, sizes: list[int], activations: list[str]):
    rng = np.random.default_rng(seed)
    return [
        (rng.normal(size=(n_in, n_out)) / np.sqrt(n_in), rng.normal(size=n_out) * 0.1, activation)
        for n_in, n_out, activation in zip(sizes, sizes[1:], activations)
    ]


def numpy_mlp_classifier():
    layers = numpy_layers(11, [5, 8, 6, 4, 3], ["relu", "tanh", "sigmoid", "softmax"])
    _, x = data(11)
    probs = numpy_forward(layers, x)
    classes = ["cat", "dog", "fish"]
    expected = {"label": [classes[i] for i in probs.argmax(axis=1)], "probabilities": probs.tolist()}
    return mlp_to_onnx(layers, classes=classes), x, expected, None


def numpy_mlp_regressor():
    layers = numpy_layers(12, [5, 7, 1], ["tanh", "identity"])
    _, x = data(12)
    prediction = numpy_forward(layers, x)[:, 0]
    return mlp_to_onnx(layers, task="regressor"), x, {"prediction": prediction.tolist()}, None


def numpy_logistic():
    # A linear model as a learner writes it: a weight vector w, a scalar bias, p = sigmoid(x @ w + b).
    rng = np.random.default_rng(13)
    w, b = rng.normal(size=N_FEATURES), 0.3
    _, x = data(13)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    expected = {"label": (p > 0.5).astype(int).tolist(), "probabilities": np.c_[1 - p, p].tolist()}
    return mlp_to_onnx([(w, b, "sigmoid")]), x, expected, None


def plain_lists_mlp():
    # No numpy anywhere on the exporter's side: nested lists, as in Pyodide without packages.
    layers = [
        ([[0.5, -1.0, 0.25], [1.5, 0.5, -0.75]], [0.1, 0.0, -0.1], "relu"),
        ([[1.0, -1.0], [0.5, 0.25], [-0.5, 2.0]], [0.0, 0.2], "softmax"),
    ]
    _, x = data(14, n_features=2)
    probs = numpy_forward(layers, x)
    expected = {"label": [[7, 9][i] for i in probs.argmax(axis=1)], "probabilities": probs.tolist()}
    return mlp_to_onnx(layers, classes=[7, 9]), x, expected, None


def classification(seed, model, n_classes, names=None, n_features=N_FEATURES):
    x_train, x_test = data(seed, n_features)
    return sklearn_case(model, x_train, labels(x_train, n_classes, seed, names), x_test, classifier_expected)


def regression(seed, model, n_targets=1):
    x_train, x_test = data(seed)
    return sklearn_case(model, x_train, targets(x_train, n_targets, seed), x_test, regressor_expected)


def tree_at_float32_step():
    # Two training values one float32 step apart, a = 4 + 2^-21 and b = 4 + 2^-20 (steps of 2^-21 near 4,
    # wider than the 1e-7 below which scikit-learn does not split): it splits at their float64 midpoint,
    # which rounds to b as a float32 (a tie, and b's mantissa is even). Only a threshold rounded down
    # keeps x = b on the right, where scikit-learn sends it. Every row is compared.
    step = 2.0**-21
    a, b = 4 + step, 4 + 2 * step
    x_train = np.array([[a, 0.0], [b, 0.0]] * 10)
    y_train = np.array([0, 1] * 10)
    x_test = np.array([[a, 0.0], [b, 0.0], [4.0, 1.0], [5.0, -1.0]])
    model = DecisionTreeClassifier(random_state=0).fit(x_train, y_train)
    assert model.tree_.node_count == 3 and np.float32(model.tree_.threshold[0]) == np.float32(b), "no split at a | b"
    return to_onnx(model), x_test, classifier_expected(model, x_test), None


def kmeans_case(model, seed):
    x_train, x_test = data(seed)
    model.fit(x_train)
    final = model.steps[-1][1] if isinstance(model, Pipeline) else model
    distances = final.transform(model[:-1].transform(x_test) if isinstance(model, Pipeline) else x_test)
    return to_onnx(model), x_test, {"label": model.predict(x_test).tolist(), "distances": distances.tolist()}, None


def scaler_case(model, seed, scale=1.0):
    x_train, x_test = data(seed, scale=scale)
    model.fit(x_train)
    return to_onnx(model), x_test, {"transformed": model.transform(x_test).tolist()}, None


CASES = {
    "numpy MLP classifier (string classes)": numpy_mlp_classifier,
    "numpy MLP regressor": numpy_mlp_regressor,
    "numpy logistic model (weight vector)": numpy_logistic,
    "plain-list MLP": plain_lists_mlp,
    "LinearRegression": lambda: regression(20, LinearRegression()),
    "LinearRegression, two targets": lambda: regression(21, LinearRegression(), 2),
    "Ridge": lambda: regression(22, Ridge(alpha=3.0)),
    "LogisticRegression, binary": lambda: classification(23, LogisticRegression(), 2),
    "LogisticRegression, multinomial (classes 3, 7, 10)": lambda: classification(
        24, LogisticRegression(max_iter=500), 3, [3, 7, 10]
    ),
    "LogisticRegression, one-vs-rest (liblinear, string classes)": lambda: classification(
        25, LogisticRegression(solver="liblinear"), 4, ["a", "b", "c", "d"]
    ),
    "LogisticRegression, binary multinomial": lambda: classification(
        26, LogisticRegression(multi_class="multinomial"), 2
    ),
    "LogisticRegression, float labels 0.0 and 1.0": lambda: classification(46, LogisticRegression(), 2, [0.0, 1.0]),
    "LogisticRegressionCV (a subclass)": lambda: classification(47, LogisticRegressionCV(cv=3), 3),
    "MLPClassifier (relu, 3 classes)": lambda: classification(
        27, MLPClassifier((16, 8), max_iter=300, random_state=0), 3
    ),
    "MLPClassifier (tanh, binary)": lambda: classification(
        28, MLPClassifier((10,), activation="tanh", max_iter=300, random_state=0), 2, ["no", "yes"]
    ),
    "MLPRegressor (logistic)": lambda: regression(
        29, MLPRegressor((12,), activation="logistic", max_iter=300, random_state=0)
    ),
    "MLPRegressor (identity, two targets)": lambda: regression(
        30, MLPRegressor((6,), activation="identity", max_iter=300, random_state=0), 2
    ),
    "DecisionTreeClassifier (4 classes)": lambda: classification(
        31, DecisionTreeClassifier(max_depth=8, random_state=0), 4
    ),
    "DecisionTreeClassifier (binary, string classes)": lambda: classification(
        32, DecisionTreeClassifier(random_state=0), 2, ["no", "yes"]
    ),
    "DecisionTreeClassifier at a float32 step": tree_at_float32_step,
    "DecisionTreeRegressor": lambda: regression(33, DecisionTreeRegressor(max_depth=10, random_state=0)),
    "RandomForestClassifier (3 classes)": lambda: classification(
        34, RandomForestClassifier(30, max_depth=6, random_state=0), 3
    ),
    "RandomForestClassifier (binary)": lambda: classification(35, RandomForestClassifier(25, random_state=0), 2),
    "RandomForestRegressor": lambda: regression(36, RandomForestRegressor(20, max_depth=8, random_state=0)),
    "RandomForestRegressor, two targets": lambda: regression(37, RandomForestRegressor(10, random_state=0), 2),
    "KMeans": lambda: kmeans_case(KMeans(4, n_init=5, random_state=0), 38),
    "StandardScaler": lambda: scaler_case(StandardScaler(), 39, scale=4.0),
    "StandardScaler (with_mean=False)": lambda: scaler_case(StandardScaler(with_mean=False), 40, scale=4.0),
    "MinMaxScaler (clip, range -1..2)": lambda: scaler_case(MinMaxScaler((-1, 2), clip=True), 41),
    "Pipeline(StandardScaler, LogisticRegression)": lambda: classification(
        42, make_pipeline(StandardScaler(), LogisticRegression()), 3
    ),
    "Pipeline(MinMaxScaler, MLPClassifier)": lambda: classification(
        43, make_pipeline(MinMaxScaler(), MLPClassifier((8,), max_iter=300, random_state=0)), 2
    ),
    "Pipeline(StandardScaler, RandomForestRegressor)": lambda: regression(
        44, make_pipeline(StandardScaler(), RandomForestRegressor(10, max_depth=6, random_state=0))
    ),
    "Pipeline(StandardScaler, passthrough, Ridge)": lambda: regression(
        48, Pipeline([("scale", StandardScaler()), ("nothing", "passthrough"), ("ridge", Ridge())])
    ),
    "Pipeline(StandardScaler, KMeans)": lambda: kmeans_case(
        make_pipeline(StandardScaler(), KMeans(3, n_init=5, random_state=0)), 45
    ),
}


def rows_without_ties(expected: dict, rows: list[int]) -> list[int]:
    """Rows whose two most likely classes are not tied: float32 sums may break a tie either way."""
    if "probabilities" not in expected:
        return rows
    top_two = np.sort(np.asarray(expected["probabilities"]), axis=1)[:, -2:]
    tied = set(np.flatnonzero(top_two[:, 1] - top_two[:, 0] < TIE).tolist())
    return [row for row in rows if row not in tied]


def check_with_onnx(model_bytes: bytes) -> str:
    try:
        import onnx
    except ImportError:
        return "onnx is not installed"
    model = onnx.load_from_string(model_bytes)
    onnx.checker.check_model(model, full_check=True)
    if model.SerializeToString() != model_bytes:
        return "failed: onnx serializes the parsed model to different bytes"
    return "passed"


def file_name(case: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", case.lower()).strip("-")


def main(out_dir: str) -> None:
    for case, make in CASES.items():
        model_bytes, x, expected, rows = make()
        with open(os.path.join(out_dir, file_name(case) + ".onnx"), "wb") as file:
            file.write(model_bytes)
        rows = list(range(len(x))) if rows is None else rows
        record = {
            "input": np.asarray(x).tolist(),
            "expected": expected,
            "rows": rows,
            "labelRows": rows_without_ties(expected, rows),
            "checker": check_with_onnx(model_bytes),
        }
        with open(os.path.join(out_dir, file_name(case) + ".json"), "w") as file:
            json.dump(record, file)
    cases = [{"case": case, "file": file_name(case)} for case in CASES]
    print(json.dumps({"cases": cases, "supported": list(KINDS)}))


if __name__ == "__main__":
    main(sys.argv[1])
