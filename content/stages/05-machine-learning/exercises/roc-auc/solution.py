from collections.abc import Sequence


def _validate(y_true: Sequence[int], scores: Sequence[float]) -> tuple[int, int]:
    """Check the inputs; return (number of positives, number of negatives)."""
    if len(y_true) != len(scores):
        raise ValueError(f"{len(y_true)} labels but {len(scores)} scores")
    if any(label not in (0, 1) for label in y_true):
        raise ValueError("labels must be 0 or 1")
    n_pos = sum(1 for label in y_true if label == 1)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC needs at least one positive and one negative example")
    return n_pos, n_neg


def roc_auc(y_true: Sequence[int], scores: Sequence[float]) -> float:
    """Probability that a random positive scores higher than a random negative (ties count 1/2).

    Raises ValueError if the lengths differ, a label is not 0 or 1, or one class is missing.
    """
    n_pos, n_neg = _validate(y_true, scores)
    pos = [s for s, label in zip(scores, y_true) if label == 1]
    neg = [s for s, label in zip(scores, y_true) if label == 0]
    # Compare every (positive, negative) pair directly: O(n_pos * n_neg), which
    # is the definition itself. Sorting would give O(n log n) for large data.
    wins = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p in pos for q in neg)
    return wins / (n_pos * n_neg)


def roc_curve(y_true: Sequence[int], scores: Sequence[float]) -> list[tuple[float, float]]:
    """ROC points (FPR, TPR), from (0, 0) to (1, 1), one per distinct score as threshold.

    Threshold t predicts positive when score >= t; thresholds run from the
    highest score down. Raises ValueError like roc_auc.
    """
    n_pos, n_neg = _validate(y_true, scores)
    rows = sorted(zip(scores, y_true), key=lambda row: row[0], reverse=True)
    points = [(0.0, 0.0)]
    tp = fp = 0
    i = 0
    while i < len(rows):
        # Lowering the threshold to this score turns every example with this
        # score positive at once, so tied scores move the curve in one
        # diagonal step. That diagonal is what makes ties count one half.
        threshold = rows[i][0]
        while i < len(rows) and rows[i][0] == threshold:
            if rows[i][1] == 1:
                tp += 1
            else:
                fp += 1
            i += 1
        points.append((fp / n_neg, tp / n_pos))
    return points
