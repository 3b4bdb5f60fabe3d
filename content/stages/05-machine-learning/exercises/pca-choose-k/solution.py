import numpy as np


def smallest_k(ratios: np.ndarray, threshold: float) -> int:
    """The smallest k whose first k explained variance ratios sum to at least threshold."""
    ratios = np.asarray(ratios, dtype=float)
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    cumulative = np.cumsum(ratios)
    reached = np.nonzero(cumulative >= threshold)[0]
    # Rounding can leave the total at 0.9999999999; then every component is needed.
    return int(reached[0]) + 1 if reached.size else len(ratios)


def reconstruct(X: np.ndarray, k: int) -> np.ndarray:
    """Project the centred rows onto the top k principal directions and map them back."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D (n, d), got shape {X.shape}")
    if not 0 <= k <= X.shape[1]:
        raise ValueError(f"k must be between 0 and d = {X.shape[1]}, got {k}")
    mean = X.mean(axis=0)
    Xc = X - mean
    _, _, Vt = np.linalg.svd(Xc, full_matrices=False)
    W = Vt[:k]  # (k, d): the top k directions, one per row
    # Down to k coordinates (Xc @ W.T), back up to d (@ W), then undo the centring.
    return Xc @ W.T @ W + mean


def reconstruction_error(X: np.ndarray, k: int) -> float:
    """Mean over rows of the squared distance between X and its k-component reconstruction."""
    X = np.asarray(X, dtype=float)
    X_hat = reconstruct(X, k)
    return float(np.mean(np.sum((X - X_hat) ** 2, axis=1)))
