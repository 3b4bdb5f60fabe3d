import numpy as np
from sklearn.base import BaseEstimator


def learning_curve(
    model: BaseEstimator,
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_val: np.ndarray,
    y_val: np.ndarray,
    sizes: list[int],
) -> tuple[np.ndarray, np.ndarray]:
    """Return (train_mse, val_mse), one entry per size in `sizes`.

    For each size m, fit a fresh clone of `model` on the first m rows of the training data;
    its training MSE is measured on those m rows, its validation MSE on all of X_val, y_val.
    The given model stays unfitted. Raises ValueError if sizes is empty or a size is not
    between 1 and len(X_train).
    """
    raise NotImplementedError("refit a clone on each prefix of the training data")


def diagnose(train_mse: np.ndarray, val_mse: np.ndarray, target_mse: float) -> str:
    """Return "high bias", "high variance" or "good" from the errors at the largest size."""
    raise NotImplementedError("compare the last training and validation errors with the target")
