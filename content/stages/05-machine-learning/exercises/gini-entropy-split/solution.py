import math
from collections import Counter
from collections.abc import Hashable, Sequence


def gini(labels: Sequence[Hashable]) -> float:
    """Gini impurity 1 - sum_k p_k^2 of a node's labels; 0.0 for an empty node."""
    n = len(labels)
    if n == 0:
        return 0.0
    return 1.0 - sum((count / n) ** 2 for count in Counter(labels).values())


def entropy(labels: Sequence[Hashable]) -> float:
    """Entropy -sum_k p_k log2 p_k of a node's labels, in bits; 0.0 for an empty node."""
    n = len(labels)
    # Counter only lists classes that occur, so every p_k > 0 and log2 is safe;
    # classes with p_k = 0 contribute nothing (the limit of p log p is 0).
    # Summing p * log2(1/p) keeps every term >= 0, so a pure node gives 0.0, not -0.0.
    return sum(((c / n) * math.log2(n / c) for c in Counter(labels).values()), 0.0)


_CRITERIA = {"gini": gini, "entropy": entropy}


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
    if criterion not in _CRITERIA:
        raise ValueError(f"criterion must be 'gini' or 'entropy', got {criterion!r}")
    if len(values) != len(labels):
        raise ValueError(f"{len(values)} values but {len(labels)} labels")
    impurity = _CRITERIA[criterion]

    # Sort rows by value once; a split at a threshold is then a cut of the
    # sorted list: everything before the cut goes left.
    rows = sorted(zip(values, labels), key=lambda row: row[0])
    sorted_labels = [label for _, label in rows]
    n = len(rows)
    parent = impurity(sorted_labels)

    best: tuple[float, float] | None = None
    for i in range(1, n):
        low, high = rows[i - 1][0], rows[i][0]
        if low == high:
            continue  # no threshold can separate equal values
        left, right = sorted_labels[:i], sorted_labels[i:]
        children = (len(left) * impurity(left) + len(right) * impurity(right)) / n
        gain = parent - children
        # Thresholds are visited in increasing order, so demanding a strictly
        # larger gain (beyond rounding noise) keeps the smallest on a tie.
        if best is None or gain > best[1] + 1e-12:
            best = ((low + high) / 2, gain)
    return best
