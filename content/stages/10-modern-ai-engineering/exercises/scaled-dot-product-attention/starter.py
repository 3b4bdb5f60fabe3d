import numpy as np


def scaled_dot_product_attention(
    Q: np.ndarray,
    K: np.ndarray,
    V: np.ndarray,
    mask: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Return (output, weights) of softmax(Q Kᵀ / sqrt(d_k)) V over the last two axes.

    Q is (..., n_q, d_k), K is (..., n_k, d_k), V is (..., n_k, d_v). mask is None or a
    boolean array broadcastable to (..., n_q, n_k): True = may attend, False = blocked
    (weight exactly 0). Returns output (..., n_q, d_v) and weights (..., n_q, n_k), whose
    rows sum to 1. Raises ValueError if a query has no allowed key.
    """
    raise NotImplementedError("scores, mask with -inf, stable softmax over the keys, then weights @ V")
