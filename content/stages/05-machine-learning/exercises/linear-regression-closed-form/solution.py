import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Return (w, b): the least-squares weights, shape (d,), and the bias.

    Appends a column of ones to X (after the features) and solves the normal
    equation for theta = (w, b). When several solutions fit equally well,
    returns the one with the smallest norm. Raises ValueError if X is not 2-D,
    y is not 1-D, or they have different numbers of rows.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1:
        raise ValueError(
            f"expected X of shape (n, d) and y of shape (n,), got {X.shape} and {y.shape}"
        )
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} entries")

    # The bias is the weight of a feature that is always 1.
    X1 = np.column_stack([X, np.ones(len(X))])

    # lstsq minimises ||X1 @ theta - y||^2, the same problem the normal equation
    # solves, but works on X1 directly (via an SVD) instead of on X1.T @ X1.
    # That is more accurate, and when the columns are linearly dependent (so
    # X1.T @ X1 is singular) it still returns the minimum-norm solution.
    theta, *_ = np.linalg.lstsq(X1, y, rcond=None)
    return theta[:-1], float(theta[-1])
