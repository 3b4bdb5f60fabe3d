import numpy as np
from sklearn.ensemble import GradientBoostingRegressor

from boosting_staged_validation import (
    best_n_estimators,
    early_stopping_choice,
    staged_validation_errors,
)


def test_other_curves():
    assert best_n_estimators(np.array([1.0, 0.9, 0.95, 0.7, 0.8])) == 4
    assert best_n_estimators(np.array([0.3])) == 1
    assert early_stopping_choice(np.array([1.0, 1.2, 1.1, 0.5, 0.4]), patience=2) == 1
    assert early_stopping_choice(np.array([1.0, 1.2, 1.1, 0.5, 0.4]), patience=3) == 5


def test_errors_on_other_data():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(90, 2))
    y = X[:, 0] * X[:, 1] + rng.normal(scale=0.2, size=90)
    model = GradientBoostingRegressor(n_estimators=15, max_depth=2, random_state=0).fit(X[:60], y[:60])
    errors = staged_validation_errors(model, X[60:], y[60:])
    expected = [np.mean((y[60:] - p) ** 2) for p in model.staged_predict(X[60:])]
    assert np.allclose(errors, expected)
