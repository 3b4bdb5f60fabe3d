from collections import Counter

Label = int | str  # any labels that can be compared and sorted


def per_class_accuracy(y_true: list[Label], y_pred: list[Label]) -> dict[Label, float]:
    """For each class that occurs in y_true: the share of its examples predicted correctly.

    Classes that appear only in y_pred have no examples and get no entry.
    Raises ValueError if the lists differ in length.
    """
    raise NotImplementedError


def most_confused_pair(
    y_true: list[Label], y_pred: list[Label]
) -> tuple[Label, Label, int] | None:
    """The most frequent mistake as (true class, predicted class, count), or None if there are none.

    Ties in the count go to the smallest (true, predicted) pair in sorted order.
    Raises ValueError if the lists differ in length.
    """
    raise NotImplementedError
