# Hidden tests: other data than the visible ones (more features, negative bias, n = d + 1, columns
# that duplicate the bias), checked against a pseudo-inverse computed here and the normal equation.
import numpy as np

from linear_regression_closed_form import fit_linear_regression


def min_norm_theta(X, y):
    X1 = np.column_stack([np.asarray(X, float), np.ones(len(X))])
    return np.linalg.pinv(X1) @ np.asarray(y, float)


def test_exact_hyperplane_with_four_features_and_negative_bias():
    rng = np.random.default_rng(19)
    X = rng.uniform(-4, 4, size=(12, 4))
    true_w = np.array([0.5, -3.0, 0.0, 7.25])
    y = X @ true_w - 6.5
    w, b = fit_linear_regression(X, y)
    assert np.allclose(w, true_w) and abs(b + 6.5) < 1e-8, (
        f"y = 0.5x1 - 3x2 + 0x3 + 7.25x4 - 6.5 exactly: expected w = {true_w.tolist()}, b = -6.5, got {w}, {b}"
    )


def test_noisy_data_solves_the_normal_equation():
    rng = np.random.default_rng(303)
    X = rng.normal(size=(80, 2)) * [1.0, 50.0]  # very different scales
    y = 3.0 * X[:, 0] + 0.02 * X[:, 1] - 1.0 + rng.normal(scale=2.0, size=80)
    w, b = fit_linear_regression(X, y)
    X1 = np.column_stack([X, np.ones(80)])
    want = np.linalg.solve(X1.T @ X1, X1.T @ y)
    assert np.allclose(np.append(w, b), want, atol=1e-8), (
        f"expected θ = {want.round(6).tolist()} from X̃ᵀX̃ θ = X̃ᵀy, got {np.append(w, b).round(6).tolist()}"
    )
    assert w.shape == (2,) and isinstance(b, float), f"expected w of shape (2,) and a float b, got {np.shape(w)}, {type(b).__name__}"


def test_as_many_unknowns_as_rows_interpolates_exactly():
    X = np.array([[1, 0], [0, 1], [2, 3]])  # integers on purpose
    y = np.array([4, -1, 9])
    w, b = fit_linear_regression(X, y)
    assert np.allclose(X @ w + b, y), (
        f"3 rows and 3 unknowns (2 weights and a bias): the plane goes through every point; "
        f"got predictions {X @ w + b} for targets {y.tolist()}"
    )


def test_a_constant_column_shares_the_bias_with_minimum_norm():
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0, 3.0])
    X = np.column_stack([x, np.full(6, 2.0), np.zeros(6)])  # constant and all-zero columns
    y = 1.5 * x + 5.0
    w, b = fit_linear_regression(X, y)
    want = min_norm_theta(X, y)
    assert np.allclose(X @ w + b, y), "the fit should still be exact"
    assert np.allclose(np.append(w, b), want, atol=1e-8), (
        "the constant column 2 and the ones column both carry the intercept 5; the minimum-norm θ "
        f"is {want.round(6).tolist()} (2·w2 + b = 5 with w2 = 2, b = 1, and 0 for the zero column), "
        f"got {np.append(w, b).round(6).tolist()}"
    )


def test_other_bad_shapes_raise_value_error_and_inputs_stay():
    X = np.array([[1.0, 2.0], [3.0, 5.0], [4.0, 4.0]])
    y = np.array([1.0, 0.0, 2.0])
    X0, y0 = X.copy(), y.copy()
    fit_linear_regression(X, y)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"
    cases = [
        (np.zeros((3, 2, 1)), np.zeros(3), "a 3-D X"),
        (np.zeros((3, 2)), np.zeros(5), "3 rows in X but 5 targets"),
        (np.zeros((3, 2)), np.float64(1.0), "a scalar y"),
    ]
    for Xb, yb, why in cases:
        try:
            fit_linear_regression(Xb, yb)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
