import numpy as np


def soft_threshold(z: np.ndarray | float, t: float) -> np.ndarray | float:
    """Return sign(z) * max(|z| - t, 0), element by element."""
    raise NotImplementedError("shrink |z| by t and stop at zero")


def lasso_cd(
    X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int = 1000, tol: float = 1e-8
) -> tuple[np.ndarray, float]:
    """Return (w, b) minimising 1/(2n) * ||y - X w - b||^2 + alpha * ||w||_1.

    Cyclic coordinate descent over j = 0..d-1, with the intercept b not penalised. Stop when
    the largest absolute change of a weight in one sweep is below tol, or after max_iter
    sweeps. X has shape (n, d), y shape (n,); w has shape (d,), b is a float.
    Raises ValueError if alpha < 0 or the shapes are wrong.
    """
    raise NotImplementedError("centre the data, then update one weight at a time")
