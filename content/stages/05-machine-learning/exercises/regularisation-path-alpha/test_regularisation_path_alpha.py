import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from regularisation_path_alpha import choose_alpha

ALPHAS = [0.01, 0.1, 1.0, 10.0, 30.0, 100.0, 1000.0]


def make_data(seed: int = 0):
    """40 training rows, 30 features in very different units, 5 of them useful."""
    rng = np.random.default_rng(seed)
    n, d = 40, 30
    scales = rng.choice([0.01, 1.0, 100.0], size=d)
    Z = rng.normal(size=(2 * n, d))
    w = np.zeros(d)
    w[:5] = [2.0, -1.5, 1.0, 1.0, -0.5]
    y = Z @ w + rng.normal(0, 1.0, 2 * n)
    X = Z * scales + 5.0  # same information, awkward units and an offset
    return X[:n], y[:n], X[n:], y[n:]


def reference(X_train, y_train, X_val, y_val, alphas):
    tr, va = [], []
    for a in alphas:
        m = make_pipeline(StandardScaler(), Ridge(alpha=a)).fit(X_train, y_train)
        tr.append(mean_squared_error(y_train, m.predict(X_train)))
        va.append(mean_squared_error(y_val, m.predict(X_val)))
    return np.array(tr), np.array(va)


def test_returns_one_error_per_alpha():
    best, train, val = choose_alpha(*make_data(), ALPHAS)
    assert isinstance(best, float) and best in ALPHAS, f"best_alpha must be one of the alphas, as a float; got {best!r}"
    assert train.shape == (7,) and val.shape == (7,), (
        f"expected two arrays of shape (7,), got {np.shape(train)} and {np.shape(val)}"
    )


def test_validation_errors_match_scaled_ridge_fitted_on_training_rows():
    data = make_data()
    _, train, val = choose_alpha(*data, ALPHAS)
    want_train, want_val = reference(*data, ALPHAS)
    assert np.allclose(val, want_val), (
        f"expected validation MSEs {want_val.round(3)}, got {np.round(val, 3)}. Put a "
        "StandardScaler before Ridge and fit both on the training rows only"
    )
    assert np.allclose(train, want_train), f"expected training MSEs {want_train.round(3)}, got {np.round(train, 3)}"


def test_best_alpha_has_the_lowest_validation_error():
    best, _, val = choose_alpha(*make_data(3), ALPHAS)
    assert best == ALPHAS[int(np.argmin(val))] and best == 10.0, (
        f"the lowest validation MSE is at alpha = 10.0 (errors {np.round(val, 3)}), got {best}"
    )


def test_training_error_never_falls_as_alpha_grows():
    _, train, val = choose_alpha(*make_data(1), ALPHAS)
    assert np.all(np.diff(train) >= -1e-12), (
        f"a stronger penalty can only fit the training rows worse: got {np.round(train, 3)}"
    )
    assert val[-1] > val.min(), "at alpha = 1000 the model is too rigid; validation error should rise again"


def test_order_of_alphas_is_kept():
    data = make_data(2)
    shuffled = [10.0, 0.01, 1000.0, 1.0]
    best, _, val = choose_alpha(*data, shuffled)
    _, want_val = reference(*data, shuffled)
    assert np.allclose(val, want_val), "val_mse[i] belongs to alphas[i]; do not sort the alphas"
    assert best == shuffled[int(np.argmin(want_val))], f"got best alpha {best}"


def test_ties_go_to_the_largest_alpha():
    rng = np.random.default_rng(4)
    X = np.full((20, 1), 4.0)  # a constant feature: every alpha predicts mean(y_train)
    y = rng.normal(size=20)
    best, _, val = choose_alpha(X[:10], y[:10], X[10:], y[10:], [0.1, 5.0, 1.0])
    assert np.allclose(val, val[0]) and best == 5.0, (
        f"all alphas tie here; prefer the largest (the simplest model), 5.0, got {best}"
    )


def test_bad_alphas_raise_value_error():
    data = make_data()
    for alphas in ([], [1.0, -0.5]):
        try:
            choose_alpha(*data, alphas)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for alphas={alphas}")
