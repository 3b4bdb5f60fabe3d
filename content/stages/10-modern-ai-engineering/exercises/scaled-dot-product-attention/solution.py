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
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    d_k = Q.shape[-1]

    # (..., n_q, d_k) @ (..., d_k, n_k) -> (..., n_q, n_k): every query against every key.
    # Dividing by sqrt(d_k) keeps the scores' spread near 1 whatever d_k is, so the
    # softmax does not saturate into a one-hot vector with vanishing gradients.
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(d_k)

    if mask is not None:
        allowed = np.broadcast_to(np.asarray(mask, dtype=bool), scores.shape)
        if not allowed.any(axis=-1).all():
            raise ValueError("every query needs at least one key it may attend to")
        # np.where builds a new array; exp(-inf) = 0 gives blocked keys exactly zero weight.
        scores = np.where(allowed, scores, -np.inf)

    # Stable softmax over the keys (last axis): shifting a row by its maximum leaves the
    # softmax unchanged but makes the largest exponent e^0 = 1, so nothing overflows.
    scores = scores - scores.max(axis=-1, keepdims=True)
    exp = np.exp(scores)
    weights = exp / exp.sum(axis=-1, keepdims=True)

    # (..., n_q, n_k) @ (..., n_k, d_v) -> (..., n_q, d_v): a weighted average of the values.
    return weights @ V, weights
