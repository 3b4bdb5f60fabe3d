from collections.abc import Hashable, Sequence


def f1_per_class(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> dict[Hashable, float]:
    """F1 of each class (one-vs-rest), keyed by label, in label order."""
    raise NotImplementedError("count TP, FP and FN for each class")


def macro_f1(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> float:
    """Unweighted mean of the per-class F1 scores; 0.0 when there are no classes."""
    raise NotImplementedError("average the per-class F1 scores")


def micro_f1(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> float:
    """F1 of the TP, FP and FN counts summed over the classes; 0.0 when undefined."""
    raise NotImplementedError("sum the counts over the classes, then compute one F1")
