import numpy as np
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures
from sklearn.tree import DecisionTreeRegressor
from sklearn.utils.validation import check_is_fitted

from learning_curve_diagnosis import diagnose, learning_curve

rng = np.random.default_rng(0)
X = rng.uniform(0, 1, size=(600, 1))
y = np.sin(2 * np.pi * X[:, 0]) + rng.normal(0, 0.3, 600)  # noise variance 0.09
X_train, y_train, X_val, y_val = X[:400], y[:400], X[400:], y[400:]
SIZES = [10, 50, 100, 200, 400]


def by_hand(model, sizes):
    train, val = [], []
    for m in sizes:
        fitted = clone(model).fit(X_train[:m], y_train[:m])
        train.append(mean_squared_error(y_train[:m], fitted.predict(X_train[:m])))
        val.append(mean_squared_error(y_val, fitted.predict(X_val)))
    return np.array(train), np.array(val)


def test_one_entry_per_size_as_arrays():
    train, val = learning_curve(LinearRegression(), X_train, y_train, X_val, y_val, [20, 80])
    assert isinstance(train, np.ndarray) and isinstance(val, np.ndarray), (
        f"return two NumPy arrays, got {type(train).__name__} and {type(val).__name__}"
    )
    assert train.shape == (2,) and val.shape == (2,), (
        f"two sizes give two errors each, got shapes {train.shape} and {val.shape}"
    )


def test_training_error_uses_only_the_rows_fitted_on():
    train, _ = learning_curve(KNeighborsRegressor(1), X_train, y_train, X_val, y_val, SIZES)
    assert np.allclose(train, 0.0), (
        "a 1-nearest-neighbour model predicts each of its own training rows exactly, so its "
        f"training error on the first m rows is 0; got {train.round(3)}. Are you scoring on "
        "all training rows instead of the m the model saw?"
    )


def test_linear_model_matches_refits_on_prefixes():
    train, val = learning_curve(LinearRegression(), X_train, y_train, X_val, y_val, SIZES)
    want_train, want_val = by_hand(LinearRegression(), SIZES)
    assert np.allclose(train, want_train), (
        f"training MSE on the first m rows: expected {want_train.round(4)}, got {train.round(4)}"
    )
    assert np.allclose(val, want_val), (
        f"validation MSE on the whole validation set: expected {want_val.round(4)}, "
        f"got {val.round(4)}"
    )


def test_given_model_stays_unfitted():
    model = DecisionTreeRegressor(random_state=0)
    learning_curve(model, X_train, y_train, X_val, y_val, [50, 100])
    try:
        check_is_fitted(model)
    except NotFittedError:
        return
    raise AssertionError("fit clones (sklearn.base.clone), not the model you were given")


def test_bad_sizes_raise_value_error():
    for sizes in ([], [0, 10], [10, 401]):
        try:
            learning_curve(LinearRegression(), X_train, y_train, X_val, y_val, sizes)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for sizes={sizes} with 400 training rows")


def test_diagnose_reads_the_last_entries():
    target = 0.1
    assert diagnose(np.array([0.05, 0.20]), np.array([0.30, 0.25]), target) == "high bias", (
        "final training error 0.20 is above the target 0.1: high bias"
    )
    assert diagnose(np.array([0.0, 0.05]), np.array([0.50, 0.30]), target) == "high variance", (
        "final training error 0.05 meets the target but validation 0.30 does not: high variance"
    )
    assert diagnose(np.array([0.30, 0.06]), np.array([0.90, 0.08]), target) == "good", (
        "only the largest size counts: 0.06 and 0.08 both meet the target 0.1"
    )


def test_diagnoses_three_real_models():
    cases = [
        (LinearRegression(), "high bias"),
        (DecisionTreeRegressor(random_state=0), "high variance"),
        (make_pipeline(PolynomialFeatures(5), LinearRegression()), "good"),
    ]
    for model, expected in cases:
        train, val = learning_curve(model, X_train, y_train, X_val, y_val, SIZES)
        got = diagnose(train, val, target_mse=0.12)
        assert got == expected, (
            f"{model}: final train MSE {train[-1]:.3f}, validation MSE {val[-1]:.3f} and target "
            f"0.12 should read as {expected!r}, got {got!r}"
        )
