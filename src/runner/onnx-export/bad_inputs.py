"""Gives stepwise.export what it must refuse, and prints how it refused each, as JSON:
{case: {"type": exception class name or null if nothing was raised, "message": str(exception)}}.

Run by onnx-export-errors.test.ts: PYTHONPATH=python python3 bad_inputs.py
"""

from __future__ import annotations

import json
import warnings

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

from stepwise.export import mlp_to_onnx, to_onnx

warnings.filterwarnings("ignore")
rng = np.random.default_rng(0)
X = rng.normal(size=(60, 3))
y = (X[:, 0] > 0).astype(int)
W1, b1, W2, b2 = rng.normal(size=(3, 4)), np.zeros(4), rng.normal(size=(4, 2)), np.zeros(2)
MLP = [(W1, b1, "relu"), (W2, b2, "softmax")]

CASES = {
    "unfitted LogisticRegression": lambda: to_onnx(LogisticRegression()),
    "unfitted Pipeline": lambda: to_onnx(make_pipeline(StandardScaler(), LogisticRegression())),
    "unsupported estimator": lambda: to_onnx(SVC().fit(X, y)),
    "not a model": lambda: to_onnx("model.pkl"),
    "Pipeline with an unsupported step": lambda: to_onnx(make_pipeline(PCA(2), LogisticRegression()).fit(X, y)),
    "Pipeline with KMeans before the end": lambda: to_onnx(
        make_pipeline(KMeans(2, n_init=2), LinearRegression()).fit(X, y)
    ),
    "multilabel MLPClassifier": lambda: to_onnx(MLPClassifier((3,), max_iter=5).fit(X, np.c_[y, 1 - y])),
    "tree fitted on two target columns": lambda: to_onnx(DecisionTreeClassifier().fit(X, np.c_[y, 1 - y])),
    "classes that are neither integers nor strings": lambda: mlp_to_onnx(MLP, classes=[0.5, 1.5]),
    "classes of mixed types": lambda: mlp_to_onnx(MLP, classes=[1, "b"]),
    "n_features that disagrees with the model": lambda: to_onnx(LinearRegression().fit(X, y), n_features=7),
    "unsupported activation": lambda: mlp_to_onnx([(W1, b1, "gelu"), (W2, b2, "softmax")]),
    "layers whose shapes do not chain": lambda: mlp_to_onnx([(W1, b1, "relu"), (W1, b1, "softmax")]),
    "classifier ending in relu": lambda: mlp_to_onnx([(W1, b1, "relu"), (W2, b2, "relu")]),
    "softmax in a hidden layer": lambda: mlp_to_onnx([(W1, b1, "softmax"), (W2, b2, "softmax")]),
    "NaN weight": lambda: mlp_to_onnx([(np.where(W1 > 0, np.nan, W1), b1, "relu"), (W2, b2, "softmax")]),
    "bias of the wrong length": lambda: mlp_to_onnx([(W1, np.zeros(3), "relu"), (W2, b2, "softmax")]),
    "classes of the wrong length": lambda: mlp_to_onnx(MLP, classes=["a", "b", "c"]),
    "unknown task": lambda: mlp_to_onnx([(W1, b1, "relu")], task="ranker"),
}


def outcome(make):
    try:
        make()
    except Exception as error:  # the type is what the test checks
        return {"type": type(error).__name__, "message": str(error)}
    return {"type": None, "message": ""}


print(json.dumps({case: outcome(make) for case, make in CASES.items()}))
