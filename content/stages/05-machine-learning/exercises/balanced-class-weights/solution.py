from collections import Counter
from collections.abc import Hashable, Sequence


def balanced_class_weights(y: Sequence[Hashable]) -> dict[Hashable, float]:
    """n / (K * n_c) for every class c that occurs in y."""
    if len(y) == 0:
        raise ValueError("cannot weight the classes of an empty label list")
    counts = Counter(y)
    n, k = len(y), len(counts)
    # Each class ends up with the same total weight n_c * w_c = n / K,
    # and the weights of all n examples still sum to n.
    return {label: n / (k * count) for label, count in counts.items()}


def sample_weights(y: Sequence[Hashable], class_weights: dict[Hashable, float]) -> list[float]:
    """The weight of each example's class, in the order of y."""
    missing = set(y) - set(class_weights)
    if missing:
        raise ValueError(f"no weight for label(s) {sorted(map(repr, missing))}")
    return [float(class_weights[label]) for label in y]
