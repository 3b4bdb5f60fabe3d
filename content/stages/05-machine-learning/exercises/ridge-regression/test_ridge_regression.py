import numpy as np

from ridge_regression import fit_ridge


def random_data(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(60, 4))
    y = X @ np.array([3.0, -2.0, 0.5, 0.0]) + 7.0 + rng.normal(scale=0.5, size=60)
    return X, y


def test_hand_example():
    X = np.array([[0.0], [1.0], [2.0]])
    y = np.array([1.0, 3.0, 5.0])
    w, b = fit_ridge(X, y, alpha=2.0)
    assert np.allclose(w, [1.0]), (
        "centred, Σx² = 2 and Σxy = 4, so w = 4 / (2 + 2) = "
        f"1; got {w}. w ≈ 1.46 means the bias was penalised too"
    )
    assert abs(b - 2.0) < 1e-9, f"expected b = mean(y) - w·mean(x) = 3 - 1 = 2, got {b}"
    assert isinstance(b, float) and w.shape == (1,), (
        f"expected w of shape (1,) and a float b, got {w!r}, {b!r}"
    )


def test_alpha_zero_is_ordinary_least_squares():
    X, y = random_data()
    w, b = fit_ridge(X, y, alpha=0.0)
    theta, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(len(X))]), y, rcond=None)
    assert np.allclose(w, theta[:-1]) and np.isclose(b, theta[-1]), (
        "with alpha = 0 ridge is plain least squares: expected w = "
        f"{theta[:-1]}, b = {theta[-1]:.4f}; got w = {w}, b = {b:.4f}"
    )


def test_gradient_is_zero_at_the_solution():
    X, y = random_data(1)
    alpha = 5.0
    w, b = fit_ridge(X, y, alpha)
    residual = y - (X @ w + b)
    # d/dw: -2 X^T r + 2 alpha w = 0  and  d/db: -2 sum(r) = 0
    assert np.allclose(X.T @ residual, alpha * w), (
        f"at the ridge minimum X^T (y - ŷ) = alpha · w; got {X.T @ residual} vs {alpha * w}"
    )
    assert abs(residual.sum()) < 1e-8, (
        f"the bias is free, so the residuals must sum to 0; got {residual.sum():.3g}"
    )


def test_intercept_is_not_penalised():
    X, y = random_data(2)
    w, b = fit_ridge(X, y, alpha=10.0)
    w_shift, b_shift = fit_ridge(X, y + 1000.0, alpha=10.0)
    assert np.allclose(w, w_shift), "adding 1000 to every y should leave the weights unchanged"
    assert np.isclose(b_shift - b, 1000.0), (
        "adding 1000 to every y should add exactly 1000 to b, got "
        f"{b_shift - b:.4f}; is the bias being shrunk towards 0?"
    )


def test_weights_shrink_as_alpha_grows():
    X, y = random_data(3)
    norms = [np.linalg.norm(fit_ridge(X, y, a)[0]) for a in (0.0, 1.0, 10.0, 100.0, 1000.0)]
    for small, large in zip(norms, norms[1:]):
        assert large < small, (
            f"the weight norm should fall as alpha grows, got {np.round(norms, 4)}"
        )
    w, b = fit_ridge(X, y, alpha=1e9)
    assert np.allclose(w, 0.0, atol=1e-4), (
        f"a huge alpha should push every weight to about 0, got {w}"
    )
    assert np.isclose(b, y.mean(), atol=1e-3), (
        "with all weights near 0, the best unpenalised "
        f"bias is mean(y) = {y.mean():.4f}, got {b:.4f}"
    )


def test_duplicated_column_shares_the_weight():
    x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    w, b = fit_ridge(np.column_stack([x, x]), 4 * x + 1, alpha=1.0)
    assert np.all(np.isfinite(w)) and np.isclose(w[0], w[1]), (
        "with alpha > 0 the system is solvable even for a duplicated "
        f"column, and the two copies get equal weights; got {w}"
    )
    assert np.isclose(w[0], 40 / 21), (
        "with centred x' and y', each weight is Σx'y' / "
        f"(2·Σx'² + alpha) = 40 / (20 + 1) = 40/21, got {w[0]}"
    )


def test_inputs_are_not_modified():
    X, y = random_data(4)
    X0, y0 = X.copy(), y.copy()
    fit_ridge(X, y, alpha=1.0)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"


def test_bad_arguments_raise_value_error():
    X, y = random_data(5)
    cases = [
        (X, y, -1.0, "a negative alpha"),
        (X, y[:-1], 1.0, "60 rows but 59 targets"),
        (X[:, 0], y, 1.0, "a 1-D X"),
    ]
    for X_, y_, alpha, why in cases:
        try:
            fit_ridge(X_, y_, alpha)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
