from collections.abc import Hashable, Sequence


def _counts(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None
) -> dict[Hashable, tuple[int, int, int]]:
    """(TP, FP, FN) of every class, one-vs-rest, in label order.

    labels=None means every label seen in y_true or y_pred, sorted.
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    if labels is None:
        labels = sorted(set(y_true) | set(y_pred))
    counts = {}
    for c in labels:
        # Treat class c as "positive" and every other class as "negative".
        tp = sum(1 for t, p in zip(y_true, y_pred) if t == c and p == c)
        fp = sum(1 for t, p in zip(y_true, y_pred) if t != c and p == c)
        fn = sum(1 for t, p in zip(y_true, y_pred) if t == c and p != c)
        counts[c] = (tp, fp, fn)
    return counts


def _f1(tp: int, fp: int, fn: int) -> float:
    """2TP / (2TP + FP + FN): the harmonic mean of precision and recall, 0.0 if undefined."""
    denominator = 2 * tp + fp + fn
    return 2 * tp / denominator if denominator else 0.0


def f1_per_class(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> dict[Hashable, float]:
    """F1 of each class (one-vs-rest), keyed by label, in label order."""
    return {c: _f1(*tp_fp_fn) for c, tp_fp_fn in _counts(y_true, y_pred, labels).items()}


def macro_f1(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> float:
    """Unweighted mean of the per-class F1 scores; 0.0 when there are no classes."""
    scores = list(f1_per_class(y_true, y_pred, labels).values())
    # Every class counts the same, however rare: a class the model never gets
    # right pulls the macro average down by 1/k of the way to 0.
    return sum(scores) / len(scores) if scores else 0.0


def micro_f1(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> float:
    """F1 of the TP, FP and FN counts summed over the classes; 0.0 when undefined."""
    counts = _counts(y_true, y_pred, labels).values()
    # Pool the counts first, then compute one F1: every example counts the
    # same, so frequent classes dominate. With all classes included, each
    # mistake is one FP (for the predicted class) and one FN (for the true
    # class), and micro F1 equals plain accuracy.
    return _f1(sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))
