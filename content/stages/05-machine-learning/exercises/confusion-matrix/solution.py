from collections.abc import Hashable, Sequence


def confusion_matrix(
    y_true: Sequence[Hashable], y_pred: Sequence[Hashable], labels: Sequence[Hashable]
) -> list[list[int]]:
    """Count matrix C: C[i][j] = examples of true class labels[i] predicted as labels[j].

    Raises ValueError if the lengths differ, labels has duplicates, or an
    example uses a label that is not in labels.
    """
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    # A dict from label to row/column number makes each lookup O(1) instead of
    # calling labels.index() for every example.
    position = {label: i for i, label in enumerate(labels)}
    if len(position) != len(labels):
        raise ValueError("labels contains duplicates")

    matrix = [[0] * len(labels) for _ in labels]  # not [[0] * k] * k: that repeats one row object
    for truth, pred in zip(y_true, y_pred):
        if truth not in position or pred not in position:
            raise ValueError(f"label {truth if truth not in position else pred!r} is not in labels")
        matrix[position[truth]][position[pred]] += 1
    return matrix


def _check_square(matrix: Sequence[Sequence[int]]) -> None:
    if any(len(row) != len(matrix) for row in matrix):
        raise ValueError("a confusion matrix must be square")


def accuracy(matrix: Sequence[Sequence[int]]) -> float:
    """Share of examples on the diagonal (predicted = true); 0.0 for an empty matrix."""
    _check_square(matrix)
    total = sum(sum(row) for row in matrix)
    correct = sum(matrix[i][i] for i in range(len(matrix)))
    return correct / total if total else 0.0


def per_class_recall(matrix: Sequence[Sequence[int]]) -> list[float]:
    """Recall of each class: diagonal entry / row sum, or 0.0 for a class with no examples."""
    _check_square(matrix)
    # Row i holds every example that truly belongs to class i, so its sum is
    # TP + FN for that class and the diagonal entry is TP.
    return [row[i] / sum(row) if sum(row) else 0.0 for i, row in enumerate(matrix)]
