import numpy as np

Stump = tuple[int, float, float, float]  # (feature, threshold, left_value, right_value)


def fit_stump(X: np.ndarray, r: np.ndarray) -> Stump:
    """The one-split tree with the smallest squared error on targets r.

    Thresholds are midpoints between neighbouring distinct values of a feature;
    each side predicts the mean of its r. Ties keep the first split found.
    """
    raise NotImplementedError("try every feature and midpoint, keep the lowest SSE")


def predict_stump(stump: Stump, X: np.ndarray) -> np.ndarray:
    """left_value where X[:, feature] <= threshold, right_value elsewhere."""
    raise NotImplementedError


def fit_gradient_boosting(
    X: np.ndarray, y: np.ndarray, n_estimators: int, learning_rate: float
) -> dict:
    """Boosted stumps for squared error: {"init", "learning_rate", "stumps"}."""
    raise NotImplementedError("start from the mean, fit each stump to the residuals")


def predict_gradient_boosting(model: dict, X: np.ndarray) -> np.ndarray:
    """init + learning_rate * (sum of the stumps' predictions)."""
    raise NotImplementedError
