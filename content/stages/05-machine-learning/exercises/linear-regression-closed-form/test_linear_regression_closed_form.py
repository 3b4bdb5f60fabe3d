import numpy as np

from linear_regression_closed_form import fit_linear_regression


def test_recovers_an_exact_line():
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])  # y = 2x + 1
    w, b = fit_linear_regression(X, y)
    assert np.allclose(w, [2.0]), f"expected w = [2] for y = 2x + 1, got {w}"
    assert abs(b - 1.0) < 1e-9, f"expected b = 1 for y = 2x + 1, got {b}"


def test_recovers_an_exact_plane_in_two_features():
    X = np.array([[1.0, 2.0], [2.0, 0.0], [0.0, 1.0], [3.0, 3.0], [-1.0, 4.0]])
    y = 3 * X[:, 0] - 2 * X[:, 1] + 5
    w, b = fit_linear_regression(X, y)
    assert np.allclose(w, [3.0, -2.0]), f"expected w = [3, -2] for y = 3x1 - 2x2 + 5, got {w}"
    assert abs(b - 5.0) < 1e-9, f"expected b = 5 for y = 3x1 - 2x2 + 5, got {b}"


def test_returns_weight_array_and_float_bias():
    X = np.array([[0, 1, 2], [1, 0, 1], [2, 2, 0], [3, 1, 1], [0, 0, 3]])  # integers on purpose
    y = np.array([1, 2, 3, 4, 5])
    w, b = fit_linear_regression(X, y)
    assert isinstance(w, np.ndarray) and w.shape == (3,), (
        f"w should be an array with one weight per feature, shape (3,), got {type(w)} {np.shape(w)}"
    )
    assert w.dtype.kind == "f", f"weights should be floats, got dtype {w.dtype}"
    assert isinstance(b, float), f"b should be a Python float, got {type(b).__name__}"


def test_residuals_are_orthogonal_to_every_column_on_noisy_data():
    rng = np.random.default_rng(42)
    X = rng.normal(size=(200, 3))
    y = X @ np.array([1.5, -0.5, 2.0]) + 4.0 + rng.normal(scale=0.5, size=200)
    w, b = fit_linear_regression(X, y)
    residuals = y - (X @ w + b)
    assert abs(residuals.sum()) < 1e-8, (
        "with a column of ones the residuals must sum to "
        f"0, got {residuals.sum():.3g}; is the bias fitted?"
    )
    assert np.allclose(X.T @ residuals, 0.0, atol=1e-8), (
        f"the normal equation says X^T (y - ŷ) = 0, got {X.T @ residuals}"
    )
    assert np.allclose(w, [1.5, -0.5, 2.0], atol=0.15) and abs(b - 4.0) < 0.15, (
        f"expected weights near [1.5, -0.5, 2] and bias near 4, got {w} and {b}"
    )


def test_matches_polyfit_for_one_feature():
    rng = np.random.default_rng(7)
    x = rng.uniform(-3, 3, size=50)
    y = -0.8 * x + 2.5 + rng.normal(scale=0.3, size=50)
    w, b = fit_linear_regression(x.reshape(-1, 1), y)
    slope, intercept = np.polyfit(x, y, deg=1)
    assert np.isclose(w[0], slope) and np.isclose(b, intercept), (
        f"expected slope {slope:.6f} and intercept "
        f"{intercept:.6f} (np.polyfit), got {w[0]:.6f} and {b:.6f}"
    )


def test_duplicated_column_gives_minimum_norm_solution():
    x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    X = np.column_stack([x, x])  # the same feature twice: X̃ᵀX̃ is singular
    y = 4 * x + 1
    w, b = fit_linear_regression(X, y)
    assert np.allclose(X @ w + b, y), "with a duplicated column the fit should still be exact"
    assert np.allclose(w, [2.0, 2.0]) and abs(b - 1.0) < 1e-9, (
        "any w1 + w2 = 4 fits; the minimum-norm solution (what "
        f"lstsq returns) is w = [2, 2], b = 1. Got w = {w}, b = {b}"
    )


def test_inputs_are_not_modified():
    X = np.array([[1.0], [2.0], [4.0]])
    y = np.array([2.0, 3.0, 7.0])
    X0, y0 = X.copy(), y.copy()
    fit_linear_regression(X, y)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"


def test_bad_shapes_raise_value_error():
    cases = [
        (np.zeros((4, 2)), np.zeros(3), "4 rows in X but 3 targets"),
        (np.zeros(4), np.zeros(4), "X is 1-D; it should have shape (n, d)"),
        (np.zeros((4, 2)), np.zeros((4, 1)), "y is 2-D; it should have shape (n,)"),
    ]
    for X, y, why in cases:
        try:
            fit_linear_regression(X, y)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
