from collections import Counter

Label = int | str  # any labels that can be compared and sorted


def _check(y_true: list, y_pred: list) -> None:
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")


def per_class_accuracy(y_true: list[Label], y_pred: list[Label]) -> dict[Label, float]:
    """For each class that occurs in y_true: the share of its examples predicted correctly.

    Classes that appear only in y_pred have no examples and get no entry.
    Raises ValueError if the lists differ in length.
    """
    _check(y_true, y_pred)
    total = Counter(y_true)  # examples per true class: the denominator
    correct = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    # Counter returns 0 for a class that was never predicted correctly.
    return {cls: correct[cls] / total[cls] for cls in total}


def most_confused_pair(
    y_true: list[Label], y_pred: list[Label]
) -> tuple[Label, Label, int] | None:
    """The most frequent mistake as (true class, predicted class, count), or None if there are none.

    Ties in the count go to the smallest (true, predicted) pair in sorted order.
    Raises ValueError if the lists differ in length.
    """
    _check(y_true, y_pred)
    # The off-diagonal cells of the confusion matrix: only pairs with true != predicted.
    mistakes = Counter((t, p) for t, p in zip(y_true, y_pred) if t != p)
    if not mistakes:
        return None
    # Sort by count (largest first), then by the pair itself, so ties are broken the same way every time.
    (true_cls, pred_cls), count = min(mistakes.items(), key=lambda item: (-item[1], item[0]))
    return true_cls, pred_cls, count
