import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Return (w, b) minimising ||y - X w - b||^2 + alpha * ||w||^2.

    The bias b is not penalised. X has shape (n, d), y shape (n,); w has shape
    (d,) and b is a float. Raises ValueError if alpha < 0 or the shapes are wrong.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1:
        raise ValueError(
            f"expected X of shape (n, d) and y of shape (n,), got {X.shape} and {y.shape}"
        )
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} entries")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")

    n, d = X.shape
    X1 = np.column_stack([X, np.ones(n)])  # the bias is the weight of the last column

    # Setting the gradient of the penalised loss to zero gives
    #   (X1^T X1 + alpha * D) theta = X1^T y,
    # where D is the identity with a 0 in the bias position: the penalty
    # touches every weight but leaves the bias free. Penalising the bias too
    # would pull b towards 0 and make the fit depend on where y's zero lies.
    penalty = alpha * np.eye(d + 1)
    penalty[-1, -1] = 0.0
    # For alpha > 0 the matrix is positive definite (even with duplicated
    # columns), so solve() is safe; with alpha = 0 it is ordinary least squares.
    theta = np.linalg.solve(X1.T @ X1 + penalty, X1.T @ y)
    return theta[:-1], float(theta[-1])
