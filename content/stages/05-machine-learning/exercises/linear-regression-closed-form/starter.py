import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Return (w, b): the least-squares weights, shape (d,), and the bias.

    Appends a column of ones to X (after the features) and solves the normal
    equation for theta = (w, b). When several solutions fit equally well,
    returns the one with the smallest norm. Raises ValueError if X is not 2-D,
    y is not 1-D, or they have different numbers of rows.
    """
    raise NotImplementedError("append a column of ones, then solve the least-squares problem")
