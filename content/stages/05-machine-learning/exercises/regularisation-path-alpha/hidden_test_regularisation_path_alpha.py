import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from regularisation_path_alpha import choose_alpha


def test_other_data_matches_reference():
    rng = np.random.default_rng(9)
    X = rng.normal(size=(120, 12)) * np.logspace(-2, 2, 12)
    y = X[:, 0] * 50 + X[:, -1] * 0.02 + rng.normal(0, 1, 120)
    X_train, y_train, X_val, y_val = X[:50], y[:50], X[50:] + 0.3, y[50:]
    alphas = [0.3, 3.0, 0.0, 30.0, 300.0]
    best, train, val = choose_alpha(X_train, y_train, X_val, y_val, alphas)
    want = []
    for a in alphas:
        m = make_pipeline(StandardScaler(), Ridge(alpha=a)).fit(X_train, y_train)
        want.append(mean_squared_error(y_val, m.predict(X_val)))
    assert np.allclose(val, want), f"expected {np.round(want, 3)}, got {np.round(val, 3)}"
    assert best == alphas[int(np.argmin(want))]
