import numpy as np


def bias_variance(
    x_sets: np.ndarray,
    y_sets: np.ndarray,
    x_test: np.ndarray,
    f_test: np.ndarray,
    degree: int,
) -> tuple[float, float]:
    """Return (bias², variance) of degree-`degree` polynomial fits, averaged over the test points.

    x_sets and y_sets have shape (m, n): row s is training set s. x_test and f_test have
    shape (t,): the test inputs and the true noise-free values f(x_test). Fit one polynomial
    per training set (np.polyfit) and predict at x_test (np.polyval). The variance divides
    by m. Raises ValueError on bad shapes, m < 2, or a degree outside 0 <= degree < n.
    """
    raise NotImplementedError("fit one polynomial per training set, then compare the predictions")
