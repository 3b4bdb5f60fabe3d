import numpy as np


def _validate(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape or y.ndim != 1:
        raise ValueError(f"expected two 1-D arrays of equal length, got {y.shape} and {s.shape}")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    if y.sum() == 0:
        raise ValueError("no positive example: recall is undefined")
    return y.astype(int), s


def pr_curve(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(thresholds, precision, recall): one entry per distinct score, thresholds high to low."""
    y, s = _validate(y_true, scores)
    order = np.argsort(-s, kind="stable")  # highest score first
    s_sorted, y_sorted = s[order], y[order]
    tp = np.cumsum(y_sorted)  # true positives once the first i + 1 examples are flagged
    flagged = np.arange(1, len(y) + 1)  # TP + FP at the same point
    # Equal scores cross the threshold together, so a point only exists where the
    # next score is different (the end of a group of ties) and at the very end.
    ends = np.r_[np.nonzero(np.diff(s_sorted))[0], len(y) - 1]
    precision = tp[ends] / flagged[ends]
    recall = tp[ends] / y.sum()
    return s_sorted[ends], precision, recall


def average_precision(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Sum over the thresholds of (R_k - R_{k-1}) * P_k, with R_0 = 0."""
    _, precision, recall = pr_curve(y_true, scores)
    # Each step up in recall is weighted by the precision reached at its end.
    # Steps where recall does not change (only negatives crossed) add nothing.
    steps = np.diff(np.r_[0.0, recall])
    return float(np.sum(steps * precision))
