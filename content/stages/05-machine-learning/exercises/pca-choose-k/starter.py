import numpy as np


def smallest_k(ratios: np.ndarray, threshold: float) -> int:
    """The smallest k whose first k explained variance ratios sum to at least threshold."""
    raise NotImplementedError("use the running total of the ratios")


def reconstruct(X: np.ndarray, k: int) -> np.ndarray:
    """Project the centred rows onto the top k principal directions and map them back."""
    raise NotImplementedError("centre, project with W.T, map back with W, add the mean")


def reconstruction_error(X: np.ndarray, k: int) -> float:
    """Mean over rows of the squared distance between X and its k-component reconstruction."""
    raise NotImplementedError
