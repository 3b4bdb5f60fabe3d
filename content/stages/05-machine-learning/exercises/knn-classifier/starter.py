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
    raise NotImplementedError("sort the training points by distance, then vote among the first k")
