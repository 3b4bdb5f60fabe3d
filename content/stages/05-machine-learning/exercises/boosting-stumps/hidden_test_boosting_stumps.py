import numpy as np
from sklearn.ensemble import GradientBoostingRegressor

from boosting_stumps import fit_gradient_boosting, fit_stump, predict_gradient_boosting


def test_matches_scikit_learn_on_other_data():
    rng = np.random.default_rng(11)
    X = rng.normal(size=(45, 4))
    y = 3 * (X[:, 3] > 0.2) - X[:, 1] + rng.normal(scale=0.3, size=45)
    X_new = rng.normal(size=(20, 4))
    ours = fit_gradient_boosting(X, y, n_estimators=30, learning_rate=0.1)
    ref = GradientBoostingRegressor(
        n_estimators=30, learning_rate=0.1, max_depth=1, random_state=0
    ).fit(X, y)
    assert np.allclose(predict_gradient_boosting(ours, X_new), ref.predict(X_new), atol=1e-6)


def test_stump_threshold_is_a_midpoint():
    X = np.array([[1.0], [3.0], [4.0], [10.0]])
    j, t, left, right = fit_stump(X, np.array([0.0, 0.0, 5.0, 5.0]))
    assert (j, t) == (0, 3.5) and np.isclose(left, 0.0) and np.isclose(right, 5.0)


def test_learning_rate_one_removes_separable_residuals():
    X = np.array([[0.0, 5.0], [1.0, 4.0], [2.0, 3.0], [3.0, 2.0]])
    y = np.array([2.0, 2.0, 8.0, 8.0])
    model = fit_gradient_boosting(X, y, n_estimators=1, learning_rate=1.0)
    assert np.allclose(predict_gradient_boosting(model, X), y)
