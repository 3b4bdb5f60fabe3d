import numpy as np
from sklearn.linear_model import Lasso

from lasso_coordinate_descent import lasso_cd


def test_matches_sklearn_on_other_data_and_alphas():
    rng = np.random.default_rng(42)
    X = rng.normal(size=(90, 8)) * rng.uniform(0.2, 5.0, size=8)
    X[:, 3] = X[:, 2] + rng.normal(0, 0.5, 90)  # two correlated columns
    y = X @ rng.normal(size=8) - 2.0 + rng.normal(0, 1.0, 90)
    for alpha in (0.05, 0.5, 2.0):
        w, b = lasso_cd(X, y, alpha, max_iter=20_000, tol=1e-10)
        ref = Lasso(alpha=alpha, tol=1e-12, max_iter=200_000).fit(X, y)
        assert np.allclose(w, ref.coef_, atol=1e-5) and abs(b - ref.intercept_) < 1e-4, (
            f"alpha={alpha}: expected {ref.coef_.round(4)}, {ref.intercept_:.4f}; "
            f"got {np.round(w, 4)}, {b:.4f}"
        )


def test_constant_column_gets_weight_zero():
    rng = np.random.default_rng(3)
    X = np.column_stack([rng.normal(size=40), np.full(40, 7.0)])
    y = 3 * X[:, 0] + rng.normal(0, 0.1, 40)
    w, _ = lasso_cd(X, y, alpha=0.05)
    assert np.all(np.isfinite(w)) and w[1] == 0.0, f"a constant column must get weight 0, got {w}"
