import math
from collections import Counter
from collections.abc import Hashable, Sequence


def knn_predict(
    X_train: Sequence[Sequence[float]], y_train: Sequence[Hashable], x: Sequence[float], k: int
) -> Hashable:
    """Predict the label of x by a majority vote of its k nearest training points.

    Distances are Euclidean. Training points at equal distance are ordered by
    their position in X_train. If several labels tie for the most votes, the
    one whose nearest member is closest to x wins. Raises ValueError unless
    1 <= k <= len(X_train), if X_train and y_train differ in length, or if a
    point's dimension differs from x's.
    """
    if len(X_train) != len(y_train):
        raise ValueError(f"{len(X_train)} training points but {len(y_train)} labels")
    if not 1 <= k <= len(X_train):
        raise ValueError(f"k must be between 1 and {len(X_train)}, got {k}")
    if any(len(point) != len(x) for point in X_train):
        raise ValueError(f"every training point must have {len(x)} coordinates, like x")

    # sorted() is stable, so points at the same distance keep their training
    # order. math.dist is the Euclidean distance sqrt(sum((p - q)^2)).
    order = sorted(range(len(X_train)), key=lambda i: math.dist(X_train[i], x))
    neighbour_labels = [y_train[i] for i in order[:k]]

    counts = Counter(neighbour_labels)
    top = max(counts.values())
    # neighbour_labels runs from nearest to farthest, so the first label with
    # the top count is the tied label whose nearest member is closest to x.
    return next(label for label in neighbour_labels if counts[label] == top)
