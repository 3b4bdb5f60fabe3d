from collections.abc import Hashable, Sequence


def confusion_matrix(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable]
) -> list[list[int]]:
    """Count matrix C: C[i][j] = examples of true class labels[i] predicted as labels[j].

    Raises ValueError if the lengths differ, labels has duplicates, or an
    example uses a label that is not in labels.
    """
    raise NotImplementedError("map each label to its position, then count (true, predicted) pairs")


def accuracy(matrix: Sequence[Sequence[int]]) -> float:
    """Share of examples on the diagonal (predicted = true); 0.0 for an empty matrix."""
    raise NotImplementedError("diagonal over total")


def per_class_recall(matrix: Sequence[Sequence[int]]) -> list[float]:
    """Recall of each class: diagonal entry / row sum, or 0.0 for a class with no examples."""
    raise NotImplementedError("diagonal entry over row sum, row by row")
