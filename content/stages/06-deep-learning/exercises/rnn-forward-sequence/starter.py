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
    raise NotImplementedError("apply the RNN step once per input row, carrying the state")
