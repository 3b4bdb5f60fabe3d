# Hidden tests: other data and alphas than the visible ones, checked against the centred form of
# ridge (solve on centred data, then b = mean(y) - mean(x)·w); also more features than rows.
import numpy as np

from ridge_regression import fit_ridge


def centred_ridge(X, y, alpha):
    X, y = np.asarray(X, float), np.asarray(y, float)
    mx, my = X.mean(axis=0), y.mean()
    Xc, yc = X - mx, y - my
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ yc)
    return w, float(my - mx @ w)


def test_one_feature_by_hand():
    X = np.array([[1.0], [3.0], [5.0], [7.0]])
    y = np.array([2.0, 1.0, 4.0, 3.0])
    w, b = fit_ridge(X, y, alpha=5.0)
    # centred: x' = (-3, -1, 1, 3), y' = (-0.5, -1.5, 1.5, 0.5): w = 6 / (20 + 5), b = 2.5 - 4w
    assert np.allclose(w, [0.24]) and abs(b - 1.54) < 1e-9, (
        f"expected w = 6 / (20 + 5) = 0.24 and b = 2.5 - 4·0.24 = 1.54, got {w} and {b}"
    )


def test_random_data_matches_the_centred_formula():
    rng = np.random.default_rng(606)
    X = rng.normal(size=(35, 5)) * [1.0, 10.0, 0.1, 3.0, 1.0] + [0.0, 50.0, -2.0, 0.0, 4.0]
    y = X @ np.array([1.0, 0.2, -4.0, 0.0, 2.0]) - 12.0 + rng.normal(size=35)
    for alpha in (0.0, 0.3, 17.0, 400.0):
        w, b = fit_ridge(X, y, alpha)
        want_w, want_b = centred_ridge(X, y, alpha)
        assert np.allclose(w, want_w, atol=1e-7) and np.isclose(b, want_b, atol=1e-6), (
            f"alpha={alpha}: expected w = {want_w.round(5)}, b = {want_b:.5f}; got {np.round(w, 5)}, {b:.5f}"
        )


def test_more_features_than_rows_is_solvable_with_a_penalty():
    rng = np.random.default_rng(9)
    X = rng.normal(size=(4, 7))
    y = rng.normal(size=4)
    w, b = fit_ridge(X, y, alpha=0.5)
    want_w, want_b = centred_ridge(X, y, 0.5)
    assert w.shape == (7,) and np.all(np.isfinite(w)), f"expected 7 finite weights, got {w}"
    assert np.allclose(w, want_w) and np.isclose(b, want_b), (
        f"7 features and 4 rows: expected w = {want_w.round(4)}, b = {want_b:.4f}; got {np.round(w, 4)}, {b:.4f}"
    )


def test_scaling_y_scales_the_solution_and_integers_work():
    X = np.array([[1, 4], [2, 0], [3, 3], [5, 1], [0, 2]])  # integers on purpose
    y = np.array([3, -1, 4, 2, 0])
    X0, y0 = X.copy(), y.copy()
    w, b = fit_ridge(X, y, alpha=2)
    w3, b3 = fit_ridge(X, -3 * y, alpha=2)
    assert w.dtype.kind == "f" and isinstance(b, float), f"expected float results, got {w.dtype}, {type(b).__name__}"
    assert np.allclose(w3, -3 * w) and np.isclose(b3, -3 * b), (
        f"the solution is linear in y: multiplying y by -3 should multiply w and b by -3; got {w3} vs {-3 * w}"
    )
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"


def test_other_bad_arguments_raise_value_error():
    X = np.ones((5, 2))
    y = np.arange(5.0)
    cases = [
        (X, y, -1e-6, "alpha = -1e-6"),
        (X, y.reshape(5, 1), 1.0, "a 2-D y"),
        (np.ones((5, 2, 1)), y, 1.0, "a 3-D X"),
        (X[:3], y, 1.0, "3 rows but 5 targets"),
    ]
    for X_, y_, alpha, why in cases:
        try:
            fit_ridge(X_, y_, alpha)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
