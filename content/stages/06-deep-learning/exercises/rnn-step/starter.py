import numpy as np


def rnn_step(
    x: np.ndarray, h: np.ndarray, W_xh: np.ndarray, W_hh: np.ndarray, b_h: np.ndarray
) -> np.ndarray:
    """One vanilla RNN step: return h' = tanh(W_xh @ x + W_hh @ h + b_h).

    Shapes: x (d,), h (m,), W_xh (m, d), W_hh (m, m), b_h (m,); the result is (m,).
    Raises ValueError, naming the offending array, if any shape does not fit.
    """
    raise NotImplementedError("check the shapes, then apply the update")
