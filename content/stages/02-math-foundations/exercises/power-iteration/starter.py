import numpy as np


def power_iteration(
    a: np.ndarray, tol: float = 1e-10, max_iter: int = 1000
) -> tuple[float, np.ndarray]:
    """Return (eigenvalue, eigenvector) for the dominant eigenvalue of a.

    Start from the all-ones vector scaled to unit length. Each step multiplies
    by a, rescales to unit length and flips the sign so that the component with
    the largest absolute value is positive. Stop when the vector moves less than
    tol (Euclidean norm) and return the Rayleigh quotient v @ a @ v with v.

    Raises ValueError if a is not square and RuntimeError if max_iter steps
    pass without convergence.
    """
    raise NotImplementedError("multiply, normalise, fix the sign, repeat until it settles")
