from collections.abc import Sequence


def roc_auc(y_true: Sequence[int], scores: Sequence[float]) -> float:
    """Probability that a random positive scores higher than a random negative (ties count 1/2).

    Raises ValueError if the lengths differ, a label is not 0 or 1, or one class is missing.
    """
    raise NotImplementedError("compare every positive score with every negative score")


def roc_curve(y_true: Sequence[int], scores: Sequence[float]) -> list[tuple[float, float]]:
    """ROC points (FPR, TPR), from (0, 0) to (1, 1), one per distinct score as threshold.

    Threshold t predicts positive when score >= t; thresholds run from the
    highest score down. Raises ValueError like roc_auc.
    """
    raise NotImplementedError("lower the threshold one distinct score at a time, record (FPR, TPR)")
