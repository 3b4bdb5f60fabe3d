def _counts(y_true: list[int], y_pred: list[int], positive: int) -> tuple[int, int, int]:
    """Return (TP, FP, FN) with `positive` as the class of interest."""
    if len(y_true) != len(y_pred):
        raise ValueError(f"length mismatch: {len(y_true)} true labels, {len(y_pred)} predictions")
    tp = fp = fn = 0
    for truth, pred in zip(y_true, y_pred):
        if pred == positive and truth == positive:
            tp += 1
        elif pred == positive:  # flagged, but really negative
            fp += 1
        elif truth == positive:  # missed a real positive
            fn += 1
        # true negatives are not needed by any of the three metrics
    return tp, fp, fn


def _safe_divide(numerator: int, denominator: int) -> float:
    """numerator / denominator, defined as 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def precision(y_true: list[int], y_pred: list[int], positive: int = 1) -> float:
    """TP / (TP + FP), or 0.0 when nothing is predicted positive."""
    tp, fp, _ = _counts(y_true, y_pred, positive)
    return _safe_divide(tp, tp + fp)


def recall(y_true: list[int], y_pred: list[int], positive: int = 1) -> float:
    """TP / (TP + FN), or 0.0 when there are no actual positives."""
    tp, _, fn = _counts(y_true, y_pred, positive)
    return _safe_divide(tp, tp + fn)


def f1_score(y_true: list[int], y_pred: list[int], positive: int = 1) -> float:
    """Harmonic mean of precision and recall: 2TP / (2TP + FP + FN), or 0.0 if that is 0 / 0."""
    tp, fp, fn = _counts(y_true, y_pred, positive)
    # The count form equals 2PR / (P + R) but never divides by zero while P or R
    # is undefined, which keeps the edge cases simple.
    return _safe_divide(2 * tp, 2 * tp + fp + fn)
