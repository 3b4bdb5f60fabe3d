import numpy as np

Stump = tuple[int, float, float, float]  # (feature, threshold, left_value, right_value)


def fit_stump(X: np.ndarray, r: np.ndarray) -> Stump:
    """The one-split tree with the smallest squared error on targets r.

    Thresholds are midpoints between neighbouring distinct values of a feature;
    each side predicts the mean of its r. Ties keep the first split found.
    """
    X = np.asarray(X, dtype=float)
    r = np.asarray(r, dtype=float)
    mean = float(r.mean())
    best: Stump = (0, float("inf"), mean, mean)  # no split: predict the mean everywhere
    best_sse = float("inf")
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])  # sorted distinct values
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            r_left, r_right = r[left], r[~left]
            # The mean is the constant with the smallest squared error on each side.
            sse = ((r_left - r_left.mean()) ** 2).sum() + ((r_right - r_right.mean()) ** 2).sum()
            if sse < best_sse:  # strict: on a tie the earlier split stays
                best_sse = sse
                best = (j, float(t), float(r_left.mean()), float(r_right.mean()))
    return best


def predict_stump(stump: Stump, X: np.ndarray) -> np.ndarray:
    """left_value where X[:, feature] <= threshold, right_value elsewhere."""
    j, t, left_value, right_value = stump
    return np.where(np.asarray(X, dtype=float)[:, j] <= t, left_value, right_value)


def fit_gradient_boosting(
    X: np.ndarray, y: np.ndarray, n_estimators: int, learning_rate: float
) -> dict:
    """Boosted stumps for squared error: {"init", "learning_rate", "stumps"}."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or len(X) != len(y):
        raise ValueError(f"expected X of shape (n, d) and y of shape (n,), got {X.shape}, {y.shape}")
    if n_estimators < 0:
        raise ValueError(f"n_estimators must be >= 0, got {n_estimators}")
    if learning_rate <= 0:
        raise ValueError(f"learning_rate must be > 0, got {learning_rate}")

    init = float(y.mean())  # the best constant for squared error
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        # For L = (y - F)^2 / 2 the negative gradient is the plain residual.
        residual = y - F
        stump = fit_stump(X, residual)
        stumps.append(stump)
        # Shrinkage: take only a fraction of the correction; later stumps do the rest.
        F = F + learning_rate * predict_stump(stump, X)
    return {"init": init, "learning_rate": learning_rate, "stumps": stumps}


def predict_gradient_boosting(model: dict, X: np.ndarray) -> np.ndarray:
    """init + learning_rate * (sum of the stumps' predictions)."""
    X = np.asarray(X, dtype=float)
    F = np.full(len(X), model["init"])
    for stump in model["stumps"]:
        F = F + model["learning_rate"] * predict_stump(stump, X)
    return F
