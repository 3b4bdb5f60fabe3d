import numpy as np


def train_logistic_regression(
    X: np.ndarray, y: np.ndarray, learning_rate: float = 0.1, n_iter: int = 1000
) -> tuple[np.ndarray, float, list[float]]:
    """Return (w, b, losses) after n_iter gradient-descent updates on the log loss.

    X has shape (n, d) and y shape (n,) with labels 0 and 1. Training starts
    from w = 0, b = 0. losses[0] is the loss at the start and losses[t] the
    loss after t updates (n_iter + 1 values). Raises ValueError for bad shapes
    or labels other than 0 and 1.
    """
    raise NotImplementedError("sigmoid predictions, a step against the gradient, record the loss")
