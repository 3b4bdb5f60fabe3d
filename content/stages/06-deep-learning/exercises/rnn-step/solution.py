import numpy as np


def rnn_step(
    x: np.ndarray, h: np.ndarray, W_xh: np.ndarray, W_hh: np.ndarray, b_h: np.ndarray
) -> np.ndarray:
    """One vanilla RNN step: return h' = tanh(W_xh @ x + W_hh @ h + b_h).

    Shapes: x (d,), h (m,), W_xh (m, d), W_hh (m, m), b_h (m,); the result is (m,).
    Raises ValueError, naming the offending array, if any shape does not fit.
    """
    x, h = np.asarray(x, dtype=float), np.asarray(h, dtype=float)
    W_xh, W_hh, b_h = np.asarray(W_xh), np.asarray(W_hh), np.asarray(b_h)

    # Read m and d from the weights, then hold every other array to them. Checking
    # up front gives a clear message instead of a broadcasting surprise later
    # (for example b_h of shape (1,) would silently broadcast to (m,)).
    if W_xh.ndim != 2:
        raise ValueError(f"W_xh must be 2-D (m, d), got shape {W_xh.shape}")
    m, d = W_xh.shape
    if x.shape != (d,):
        raise ValueError(f"x must have shape ({d},) to match W_xh {W_xh.shape}, got {x.shape}")
    if W_hh.shape != (m, m):
        raise ValueError(f"W_hh must have shape ({m}, {m}), got {W_hh.shape}")
    if h.shape != (m,):
        raise ValueError(f"h must have shape ({m},), got {h.shape}")
    if b_h.shape != (m,):
        raise ValueError(f"b_h must have shape ({m},), got {b_h.shape}")

    # Column-vector convention of the lesson: the weights multiply from the left.
    return np.tanh(W_xh @ x + W_hh @ h + b_h)
