from collections.abc import Hashable, Sequence


def gini(labels: Sequence[Hashable]) -> float:
    """Gini impurity 1 - sum_k p_k^2 of a node's labels; 0.0 for an empty node."""
    raise NotImplementedError("count each class, then use the proportions")


def entropy(labels: Sequence[Hashable]) -> float:
    """Entropy -sum_k p_k log2 p_k of a node's labels, in bits; 0.0 for an empty node."""
    raise NotImplementedError("count each class, then use the proportions")


def best_split(
    values: Sequence[float], labels: Sequence[Hashable], criterion: str = "gini"
) -> tuple[float, float] | None:
    """Return (threshold, gain) of the best split `value <= threshold`, or None.

    Candidate thresholds are the midpoints between consecutive distinct
    values. gain = impurity(parent) - weighted impurity of the two children.
    On equal gains (within 1e-12) the smallest threshold wins. Returns None
    when there are fewer than two distinct values. Raises ValueError for an
    unknown criterion or lengths that differ.
    """
    raise NotImplementedError("try every midpoint and keep the one with the largest gain")
