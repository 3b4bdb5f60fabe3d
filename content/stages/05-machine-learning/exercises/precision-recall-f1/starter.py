def precision(y_true: list[int], y_pred: list[int], positive: int = 1) -> float:
    """TP / (TP + FP), or 0.0 when nothing is predicted positive."""
    raise NotImplementedError("count TP and FP")


def recall(y_true: list[int], y_pred: list[int], positive: int = 1) -> float:
    """TP / (TP + FN), or 0.0 when there are no actual positives."""
    raise NotImplementedError("count TP and FN")


def f1_score(y_true: list[int], y_pred: list[int], positive: int = 1) -> float:
    """Harmonic mean of precision and recall: 2TP / (2TP + FP + FN), or 0.0 if that is 0 / 0."""
    raise NotImplementedError("combine TP, FP and FN")
