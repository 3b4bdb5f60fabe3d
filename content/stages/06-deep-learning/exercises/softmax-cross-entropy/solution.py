import numpy as np


def _check(Z: np.ndarray, y: np.ndarray) -> None:
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D (n, K), got shape {Z.shape}")
    if y.shape != (Z.shape[0],):
        raise ValueError(f"y must have shape ({Z.shape[0]},), got {y.shape}")
    if y.dtype.kind not in "iu":
        raise ValueError(f"y must hold integer class indices, got dtype {y.dtype}")
    if np.any(y < 0) or np.any(y >= Z.shape[1]):
        raise ValueError(f"class indices must lie in 0 ... {Z.shape[1] - 1}")


def softmax(Z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of scores Z with shape (n, K); every row sums to 1."""
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2:
        raise ValueError(f"Z must be 2-D (n, K), got shape {Z.shape}")
    # Subtracting the row maximum changes nothing mathematically (it cancels between
    # numerator and denominator) but keeps every exponent <= 0, so exp never overflows.
    shifted = Z - Z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(Z: np.ndarray, y: np.ndarray) -> float:
    """Mean of -log softmax(Z)[i, y[i]] over the n rows."""
    Z = np.asarray(Z, dtype=float)
    y = np.asarray(y)
    _check(Z, y)
    # log p_y = z_y - logsumexp(z). Working in logs avoids log(0) = -inf when p_y underflows.
    m = Z.max(axis=1, keepdims=True)
    log_sum_exp = (m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True))).ravel()
    log_p_true = Z[np.arange(len(y)), y] - log_sum_exp
    return float(-log_p_true.mean())


def cross_entropy_gradient(Z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of cross_entropy(Z, y) with respect to Z: (softmax(Z) - onehot(y)) / n."""
    Z = np.asarray(Z, dtype=float)
    y = np.asarray(y)
    _check(Z, y)
    n = Z.shape[0]
    grad = softmax(Z)  # a new array, safe to modify
    grad[np.arange(n), y] -= 1.0  # subtract the one-hot row without building it
    return grad / n
