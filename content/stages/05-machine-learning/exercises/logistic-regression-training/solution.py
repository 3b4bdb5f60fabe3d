import numpy as np


def _log_loss(z: np.ndarray, y: np.ndarray) -> float:
    """Mean binary cross-entropy of logits z against labels y, computed stably.

    With p = sigmoid(z): -log(p) = log(1 + e^-z) and -log(1 - p) = log(1 + e^z).
    np.logaddexp(0, t) computes log(e^0 + e^t) = log(1 + e^t) without ever
    forming e^t, so it neither overflows nor takes log(0).
    """
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-z) for every entry, without overflow: exp(-log(1 + e^-z))."""
    return np.exp(-np.logaddexp(0.0, -z))


def train_logistic_regression(
    X: np.ndarray, y: np.ndarray, learning_rate: float = 0.1, n_iter: int = 1000
) -> tuple[np.ndarray, float, list[float]]:
    """Return (w, b, losses) after n_iter gradient-descent updates on the log loss.

    X has shape (n, d) and y shape (n,) with labels 0 and 1. Training starts
    from w = 0, b = 0. losses[0] is the loss at the start and losses[t] the
    loss after t updates (n_iter + 1 values). Raises ValueError for bad shapes
    or labels other than 0 and 1.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or len(X) != len(y) or len(X) == 0:
        raise ValueError(
            f"expected X (n, d) and y (n,) with n > 0, got shapes {X.shape} and {y.shape}"
        )
    if not np.isin(y, (0.0, 1.0)).all():
        raise ValueError("labels must be 0 or 1")

    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    z = X @ w + b
    losses = [_log_loss(z, y)]
    for _ in range(n_iter):
        # The gradient of the mean log loss has the same shape as for linear
        # regression: (prediction - label) times the input, averaged. The 2
        # of the squared error is absent because the log cancels the sigmoid.
        error = _sigmoid(z) - y
        grad_w = X.T @ error / n
        grad_b = float(error.mean())
        w = w - learning_rate * grad_w
        b -= learning_rate * grad_b
        z = X @ w + b
        losses.append(_log_loss(z, y))
    return w, b, losses
