import numpy as np


def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Return the (n, m) matrix of Euclidean distances between rows of X and rows of Y.

    X has shape (n, d) and Y has shape (m, d); entry [i, j] is the distance
    between X[i] and Y[j]. Uses broadcasting, no Python loops.
    Raises ValueError if either input is not 2-D or the column counts differ.
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2:
        raise ValueError(f"expected 2-D arrays, got shapes {X.shape} and {Y.shape}")
    if X.shape[1] != Y.shape[1]:
        raise ValueError(f"column counts differ: X is {X.shape}, Y is {Y.shape}")

    # (n, 1, d) - (1, m, d) broadcasts to (n, m, d): every row of X minus every row of Y.
    diff = X[:, None, :] - Y[None, :, :]
    # Sum the squares over the feature axis (the last one) to get shape (n, m).
    return np.sqrt((diff**2).sum(axis=-1))
