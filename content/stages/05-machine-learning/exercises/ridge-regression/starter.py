import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Return (w, b) minimising ||y - X w - b||^2 + alpha * ||w||^2.

    The bias b is not penalised. X has shape (n, d), y shape (n,); w has shape
    (d,) and b is a float. Raises ValueError if alpha < 0 or the shapes are wrong.
    """
    raise NotImplementedError("add alpha to the normal equation for the weights only, then solve")
