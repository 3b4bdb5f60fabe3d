import numpy as np


def _fix_sign(v: np.ndarray) -> np.ndarray:
    """Return v or -v, whichever has its largest-magnitude component positive."""
    return -v if v[np.argmax(np.abs(v))] < 0 else v


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
    a = np.asarray(a, dtype=float)  # a float copy of integer input; `a` itself is never written
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise ValueError(f"expected a square 2-D array, got shape {a.shape}")

    n = a.shape[0]
    v = np.ones(n) / np.sqrt(n)  # unit length and already sign-normalised
    for _ in range(max_iter):
        w = a @ v
        w = _fix_sign(w / np.linalg.norm(w))
        # Without _fix_sign a negative eigenvalue makes w = -v on every step,
        # and this test would never pass even though the direction has settled.
        if np.linalg.norm(w - v) < tol:
            # Rayleigh quotient: for a unit eigenvector, w @ (a @ w) = lambda * (w @ w) = lambda.
            return float(w @ a @ w), w
        v = w
    raise RuntimeError(
        f"power iteration did not converge in {max_iter} steps; "
        "the matrix may have no single dominant eigenvalue"
    )
