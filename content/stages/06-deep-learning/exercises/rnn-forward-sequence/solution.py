import numpy as np


def rnn_forward(
    xs: np.ndarray,
    W_xh: np.ndarray,
    W_hh: np.ndarray,
    b_h: np.ndarray,
    h0: np.ndarray | None = None,
) -> np.ndarray:
    """Run a vanilla RNN over a sequence; return all hidden states h_1 ... h_T.

    xs has shape (T, d), one input per row. W_xh is (m, d), W_hh (m, m), b_h (m,)
    and h0 (m,), zeros when None. Returns an array of shape (T, m) whose row t-1
    is h_t = tanh(W_xh @ x_t + W_hh @ h_(t-1) + b_h). h0 is not included.
    Raises ValueError if the shapes do not fit.
    """
    xs = np.asarray(xs, dtype=float)
    W_xh, W_hh, b_h = np.asarray(W_xh), np.asarray(W_hh), np.asarray(b_h)
    if W_xh.ndim != 2:
        raise ValueError(f"W_xh must be 2-D (m, d), got shape {W_xh.shape}")
    m, d = W_xh.shape
    if xs.ndim != 2 or xs.shape[1] != d:
        raise ValueError(f"xs must have shape (T, {d}), got {xs.shape}")
    if W_hh.shape != (m, m):
        raise ValueError(f"W_hh must have shape ({m}, {m}), got {W_hh.shape}")
    if b_h.shape != (m,):
        raise ValueError(f"b_h must have shape ({m},), got {b_h.shape}")
    h = np.zeros(m) if h0 is None else np.asarray(h0, dtype=float)
    if h.shape != (m,):
        raise ValueError(f"h0 must have shape ({m},), got {h.shape}")

    # The input part W_xh @ x_t does not depend on the state, so do it for every
    # step at once: (T, d) @ (d, m) -> (T, m). The recurrence itself must be a loop,
    # because each state needs the one before it.
    input_part = xs @ W_xh.T + b_h
    states = np.empty((len(xs), m))
    for t in range(len(xs)):
        h = np.tanh(input_part[t] + W_hh @ h)  # a new array; the caller's h0 is untouched
        states[t] = h
    return states
