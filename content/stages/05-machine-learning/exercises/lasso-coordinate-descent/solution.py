import numpy as np


def soft_threshold(z: np.ndarray | float, t: float) -> np.ndarray | float:
    """Return sign(z) * max(|z| - t, 0), element by element."""
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def lasso_cd(
    X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int = 1000, tol: float = 1e-8
) -> tuple[np.ndarray, float]:
    """Return (w, b) minimising 1/(2n) * ||y - X w - b||^2 + alpha * ||w||_1.

    Cyclic coordinate descent over j = 0..d-1, with the intercept b not penalised. Stop when
    the largest absolute change of a weight in one sweep is below tol, or after max_iter
    sweeps. X has shape (n, d), y shape (n,); w has shape (d,), b is a float.
    Raises ValueError if alpha < 0 or the shapes are wrong.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or len(X) != len(y):
        raise ValueError(f"expected X of shape (n, d) and y of shape (n,), got {X.shape} and {y.shape}")
    if alpha < 0:
        raise ValueError(f"alpha must be >= 0, got {alpha}")

    n, d = X.shape
    # The intercept is free, so its optimum is b = mean(y) - mean(X) @ w for any w.
    # Substituting it is the same as centring X and y and dropping b.
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean  # new arrays: the caller's X and y are untouched
    yc = y - y_mean
    col_sq = (Xc**2).sum(axis=0) / n  # (1/n) x_j^T x_j, the curvature in w_j

    w = np.zeros(d)
    r = yc.copy()  # residual yc - Xc @ w, kept up to date
    for _ in range(max_iter):
        max_change = 0.0
        for j in range(d):
            if col_sq[j] == 0.0:
                continue  # a constant column carries no information; its weight stays 0
            # rho_j: how strongly the data pull on w_j once its own effect is put back.
            rho = Xc[:, j] @ r / n + col_sq[j] * w[j]
            # The 1-D problem is a parabola plus alpha*|w_j|: its minimum is the
            # soft-threshold. If |rho| <= alpha the answer is exactly 0.
            new = soft_threshold(rho, alpha) / col_sq[j]
            change = new - w[j]
            if change != 0.0:
                r -= change * Xc[:, j]
                w[j] = new
                max_change = max(max_change, abs(change))
        if max_change < tol:
            break
    b = y_mean - x_mean @ w
    return w, float(b)
