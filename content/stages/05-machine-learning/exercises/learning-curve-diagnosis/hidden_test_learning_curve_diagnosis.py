import numpy as np
from sklearn.base import clone
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.tree import DecisionTreeRegressor

from learning_curve_diagnosis import diagnose, learning_curve


def test_two_features_and_other_models():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(300, 2))
    y = X[:, 0] * X[:, 1] + 0.5 * X[:, 0] + rng.normal(0, 0.2, 300)
    X_train, y_train, X_val, y_val = X[:200], y[:200], X[200:], y[200:]
    sizes = [15, 60, 200]
    for model in (Ridge(alpha=1.0), DecisionTreeRegressor(max_depth=4, random_state=0)):
        train, val = learning_curve(model, X_train, y_train, X_val, y_val, sizes)
        for i, m in enumerate(sizes):
            fitted = clone(model).fit(X_train[:m], y_train[:m])
            want_t = mean_squared_error(y_train[:m], fitted.predict(X_train[:m]))
            want_v = mean_squared_error(y_val, fitted.predict(X_val))
            assert np.isclose(train[i], want_t) and np.isclose(val[i], want_v), (
                f"{model}, m={m}: expected ({want_t:.4f}, {want_v:.4f}), "
                f"got ({train[i]:.4f}, {val[i]:.4f})"
            )


def test_errors_equal_to_the_target_meet_it():
    assert diagnose(np.array([0.2]), np.array([0.2]), 0.2) == "good"
    assert diagnose(np.array([0.5, 0.2]), np.array([0.6, 0.21]), 0.2) == "high variance"
    assert diagnose(np.array([0.0, 0.21]), np.array([0.1, 0.3]), 0.2) == "high bias"
