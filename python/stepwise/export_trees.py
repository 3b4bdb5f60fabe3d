"""Decision trees and forests of them as ai.onnx.ml TreeEnsembleClassifier / TreeEnsembleRegressor.

Each tree is read from scikit-learn's `tree_` arrays (children, feature, threshold, value): an
inner node sends a row to its left child when x[feature] <= threshold, which is the ensemble
operators' BRANCH_LEQ. A forest is one ensemble holding every tree.
"""

from __future__ import annotations

import struct
from typing import Any, Sequence

from .export_values import plain
from .onnx_graph import GraphBuilder

ML_DOMAIN = "ai.onnx.ml"


def float32_at_most(value: float) -> float:
    """The largest float32 that is <= value.

    scikit-learn compares float32 inputs with float64 thresholds; onnxruntime compares them with
    float32 ones. Rounding a threshold down (not to nearest) makes the two agree for every float32
    input: x <= t holds exactly when x <= (the largest float32 <= t).
    """
    (bits,) = struct.unpack("<I", struct.pack("<f", value))
    nearest = struct.unpack("<f", struct.pack("<I", bits))[0]
    if nearest <= value:
        return nearest
    if nearest > 0:
        bits -= 1
    elif nearest == 0:
        bits = 0x80000001  # value is a tiny negative: the float32 just below zero
    else:
        bits += 1  # a negative float32 grows in magnitude as its bits grow
    return struct.unpack("<f", struct.pack("<I", bits))[0]


class _Tree:
    """The arrays of one fitted scikit-learn tree (`estimator.tree_`) as plain lists."""

    def __init__(self, tree: Any, n_features: int, what: str) -> None:
        self.left = plain(tree.children_left)
        self.right = plain(tree.children_right)
        self.feature = plain(tree.feature)
        self.threshold = plain(tree.threshold)
        self.value = plain(tree.value)  # [node][output][class], or [node][output][0] for regression
        used = [feature for node, feature in enumerate(self.feature) if not self.is_leaf(node)]
        if used and max(used) >= n_features:
            raise ValueError(f"{what} splits on feature {max(used)} but the model has {n_features} features")

    def is_leaf(self, node: int) -> bool:
        return self.left[node] == -1  # scikit-learn's TREE_LEAF

    def leaves(self) -> list[int]:
        return [node for node in range(len(self.left)) if self.is_leaf(node)]


def _node_attributes(trees: Sequence[_Tree]) -> dict[str, Any]:
    attrs: dict[str, list[Any]] = {
        key: []
        for key in ("treeids", "nodeids", "featureids", "modes", "values", "truenodeids", "falsenodeids")
    }
    for tree_id, tree in enumerate(trees):
        for node in range(len(tree.left)):
            leaf = tree.is_leaf(node)
            attrs["treeids"].append(tree_id)
            attrs["nodeids"].append(node)
            attrs["featureids"].append(0 if leaf else tree.feature[node])
            attrs["modes"].append("LEAF" if leaf else "BRANCH_LEQ")
            attrs["values"].append(0.0 if leaf else float32_at_most(float(tree.threshold[node])))
            attrs["truenodeids"].append(0 if leaf else tree.left[node])
            attrs["falsenodeids"].append(0 if leaf else tree.right[node])
    return {f"nodes_{key}": values for key, values in attrs.items()}


def tree_probabilities(
    graph: GraphBuilder, x: str, width: int, estimators: Sequence[Any], n_classes: int, what: str
) -> str:
    """Class probabilities [N, n_classes]: the mean over the trees of each leaf's class fractions.

    That is scikit-learn's predict_proba for a tree (one estimator) and for a random forest.
    Every leaf gets a weight for every class, zeros included: onnxruntime treats a two-class
    ensemble with weights for one class only as a special case.
    """
    trees = [_Tree(estimator.tree_, width, what) for estimator in estimators]
    weights: dict[str, list[Any]] = {"class_treeids": [], "class_nodeids": [], "class_ids": [], "class_weights": []}
    for tree_id, tree in enumerate(trees):
        for node in tree.leaves():
            counts = [float(count) for count in tree.value[node][0]]
            if len(counts) != n_classes:
                raise ValueError(f"{what}: a leaf holds {len(counts)} classes, the model {n_classes}")
            total = sum(counts) or 1.0
            for class_id, count in enumerate(counts):
                weights["class_treeids"].append(tree_id)
                weights["class_nodeids"].append(node)
                weights["class_ids"].append(class_id)
                weights["class_weights"].append(count / total / len(trees))
    # The operator's own label output is left unused (see export_layers): only its scores are read.
    _, scores = graph.add(
        "TreeEnsembleClassifier",
        [x],
        2,
        ML_DOMAIN,
        classlabels_int64s=list(range(n_classes)),
        post_transform="NONE",
        **_node_attributes(trees),
        **weights,
    )
    return scores


def tree_regression(
    graph: GraphBuilder, x: str, width: int, estimators: Sequence[Any], n_targets: int, what: str
) -> str:
    """Predictions [N, n_targets]: the mean over the trees of each leaf's value, as scikit-learn's predict."""
    trees = [_Tree(estimator.tree_, width, what) for estimator in estimators]
    targets: dict[str, list[Any]] = {"target_treeids": [], "target_nodeids": [], "target_ids": [], "target_weights": []}
    for tree_id, tree in enumerate(trees):
        for node in tree.leaves():
            for target in range(n_targets):
                targets["target_treeids"].append(tree_id)
                targets["target_nodeids"].append(node)
                targets["target_ids"].append(target)
                targets["target_weights"].append(float(tree.value[node][target][0]))
    return graph.add1(
        "TreeEnsembleRegressor",
        [x],
        ML_DOMAIN,
        n_targets=n_targets,
        aggregate_function="AVERAGE",
        post_transform="NONE",
        **_node_attributes(trees),
        **targets,
    )

