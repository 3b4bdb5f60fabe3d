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
    x_sets = np.asarray(x_sets, dtype=float)
    y_sets = np.asarray(y_sets, dtype=float)
    x_test = np.asarray(x_test, dtype=float)
    f_test = np.asarray(f_test, dtype=float)
    if x_sets.ndim != 2 or x_sets.shape != y_sets.shape:
        raise ValueError(
            f"x_sets and y_sets must both have shape (m, n), got {x_sets.shape} and {y_sets.shape}"
        )
    if x_test.ndim != 1 or x_test.shape != f_test.shape:
        raise ValueError(
            f"x_test and f_test must both have shape (t,), got {x_test.shape} and {f_test.shape}"
        )
    m, n = x_sets.shape
    if m < 2:
        raise ValueError(f"need at least 2 training sets to measure a spread, got {m}")
    if not 0 <= degree < n:
        raise ValueError(f"degree must be in 0..{n - 1} for {n} points per set, got {degree}")

    # One row of predictions per training set, one column per test point.
    preds = np.empty((m, x_test.size))
    for s in range(m):
        coefs = np.polyfit(x_sets[s], y_sets[s], degree)
        preds[s] = np.polyval(coefs, x_test)

    mean_pred = preds.mean(axis=0)  # the "average model", an estimate of E_D[f_hat(x0)]
    # Square first, then average over test points: a bias of +1 at one point and -1
    # at another is two misses, not a perfect fit.
    bias_sq = np.mean((mean_pred - f_test) ** 2)
    # Variance is an expectation over training sets, so divide by m (ddof=0). Then
    # bias² + variance equals the mean squared distance of the predictions from f exactly.
    variance = np.mean(preds.var(axis=0))
    return float(bias_sq), float(variance)
