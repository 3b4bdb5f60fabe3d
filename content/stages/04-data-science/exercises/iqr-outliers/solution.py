import math


def _quantile(ordered: list[float], q: float) -> float:
    """Quantile q of an already sorted list, by linear interpolation."""
    h = (len(ordered) - 1) * q  # position counted from 0; often between two items
    j = math.floor(h)
    if j + 1 >= len(ordered):  # q = 1, or a single value: no neighbour to move towards
        return ordered[j]
    return ordered[j] + (h - j) * (ordered[j + 1] - ordered[j])


def quartiles(values: list[float]) -> tuple[float, float]:
    """Return (Q1, Q3), the 25th and 75th percentiles by linear interpolation.

    Raises ValueError if values is empty.
    """
    if not values:
        raise ValueError("quartiles need at least one value")
    ordered = sorted(values)  # sorted() returns a copy; the caller's list is untouched
    return _quantile(ordered, 0.25), _quantile(ordered, 0.75)


def iqr_outliers(values: list[float], k: float = 1.5) -> tuple[list[float], list[float]]:
    """Split values into (kept, removed) with the k × IQR rule.

    A value is removed when it is below Q1 - k*IQR or above Q3 + k*IQR.
    Both lists keep the input order. Raises ValueError if values is empty
    or k is negative.
    """
    if k < 0:
        raise ValueError(f"k must be non-negative, got {k}")
    q1, q3 = quartiles(values)
    iqr = q3 - q1
    low, high = q1 - k * iqr, q3 + k * iqr

    kept: list[float] = []
    removed: list[float] = []
    for x in values:  # the original order, not the sorted one
        # Strict comparisons: a value sitting exactly on a fence is not an outlier.
        (removed if x < low or x > high else kept).append(x)
    return kept, removed
