import numpy as np
from sklearn.linear_model import Lasso

from lasso_coordinate_descent import lasso_cd, soft_threshold


def make_data(seed: int, n: int = 60, d: int = 6) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3.0, size=d) + rng.normal(size=d)
    w_true = np.array([2.0, -1.5, 0.0, 0.0, 0.7, 0.0])[:d]
    y = X @ w_true + 4.0 + rng.normal(0, 0.5, n)
    return X, y


def sklearn_lasso(X, y, alpha):
    model = Lasso(alpha=alpha, tol=1e-12, max_iter=100_000).fit(X, y)
    return model.coef_, model.intercept_


def test_soft_threshold_shrinks_and_stops_at_zero():
    got = soft_threshold(np.array([3.0, 0.8, -0.5, -2.0, 1.0]), 1.0)
    assert np.allclose(got, [2.0, 0.0, 0.0, -1.0, 0.0]), (
        f"S(z, 1) subtracts 1 from |z| and stops at 0: expected [2, 0, 0, -1, 0], got {got}"
    )
    assert np.isclose(soft_threshold(-4.0, 0.5), -3.5), "the sign of z is kept: S(-4, 0.5) = -3.5"


def test_matches_sklearn_lasso_objective():
    X, y = make_data(0)
    alpha = 0.1
    w, b = lasso_cd(X, y, alpha)
    w_ref, b_ref = sklearn_lasso(X, y, alpha)
    hint = ""
    w_no_n, _ = sklearn_lasso(X, y, alpha / len(y))
    if np.allclose(w, w_no_n, atol=1e-4):
        hint = " — these are the weights for alpha / n: the squared error must be divided by 2n"
    assert np.allclose(w, w_ref, atol=1e-6), (
        f"expected the weights of sklearn's Lasso(alpha={alpha}) {w_ref.round(5)}, "
        f"got {np.round(w, 5)}{hint}"
    )
    assert abs(b - b_ref) < 1e-5, f"expected intercept {b_ref:.5f}, got {b:.5f}"
    assert isinstance(b, float) and w.shape == (X.shape[1],), "return w of shape (d,) and a float b"


def test_optimality_conditions_hold():
    X, y = make_data(1)
    alpha = 0.3
    w, b = lasso_cd(X, y, alpha)
    grad = X.T @ (y - X @ w - b) / len(y)  # (1/n) x_j^T r for every j
    for j in range(len(w)):
        if w[j] != 0.0:
            assert abs(grad[j] - alpha * np.sign(w[j])) < 1e-6, (
                f"for a non-zero weight w[{j}] = {w[j]:.4f}, (1/n)·x_jᵀr must equal "
                f"alpha·sign(w_j) = {alpha * np.sign(w[j])}, got {grad[j]:.6f}"
            )
        else:
            assert abs(grad[j]) <= alpha + 1e-9, (
                f"w[{j}] = 0 is optimal only if |(1/n)·x_jᵀr| <= alpha, got {abs(grad[j]):.4f}"
            )
    assert abs(np.sum(y - X @ w - b)) < 1e-6, "the intercept is free: the residuals must sum to 0"


def test_sets_irrelevant_weights_to_exactly_zero():
    X, y = make_data(2, n=200)
    w, _ = lasso_cd(X, y, alpha=0.2)
    assert np.all(w[[2, 3, 5]] == 0.0), (
        f"features 2, 3 and 5 carry no signal; at alpha = 0.2 their weights should be exactly "
        f"0.0 (soft-thresholding), got {w[[2, 3, 5]]}"
    )
    assert np.all(w[[0, 1, 4]] != 0.0), f"features 0, 1 and 4 matter and should stay, got {w}"


def test_large_alpha_gives_all_zero_weights_and_the_mean():
    X, y = make_data(3)
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    alpha_max = np.max(np.abs(Xc.T @ yc)) / len(y)
    w, b = lasso_cd(X, y, alpha=alpha_max * 1.001)
    assert np.all(w == 0.0), (
        f"for alpha >= max_j |(1/n)·x_jᵀ(y - ȳ)| = {alpha_max:.4f} every weight is 0, got {w}"
    )
    assert np.isclose(b, y.mean()), f"with all weights 0 the intercept is mean(y) = {y.mean():.4f}, got {b:.4f}"
    w, _ = lasso_cd(X, y, alpha=alpha_max * 0.9)
    assert np.count_nonzero(w) >= 1, "just below alpha_max at least one weight is non-zero"


def test_intercept_is_not_penalised():
    X, y = make_data(4)
    w, b = lasso_cd(X, y, alpha=0.5)
    w2, b2 = lasso_cd(X, y + 1000.0, alpha=0.5)
    assert np.allclose(w, w2, atol=1e-8) and np.isclose(b2 - b, 1000.0), (
        f"adding 1000 to y should only add 1000 to b; got Δb = {b2 - b:.4f}, Δw = {np.abs(w2 - w).max():.3g}"
    )


def test_inputs_are_not_modified():
    X, y = make_data(5)
    X0, y0 = X.copy(), y.copy()
    lasso_cd(X, y, alpha=0.1)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change (centre copies)"


def test_bad_arguments_raise_value_error():
    X, y = make_data(6)
    for X_, y_, alpha, why in [
        (X, y, -0.1, "a negative alpha"),
        (X, y[:-1], 0.1, "60 rows but 59 targets"),
        (X[:, 0], y, 0.1, "a 1-D X"),
    ]:
        try:
            lasso_cd(X_, y_, alpha)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
