import numpy as np
from sklearn.base import BaseEstimator, clone
from sklearn.metrics import mean_squared_error


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
    n = len(X_train)
    if len(sizes) == 0:
        raise ValueError("sizes must not be empty")
    for m in sizes:
        if not 1 <= m <= n:
            raise ValueError(f"every size must be between 1 and {n}, got {m}")

    train_mse, val_mse = [], []
    for m in sizes:
        # clone(): an unfitted copy with the same settings, so each size starts from scratch
        # and the caller's model is left alone.
        fitted = clone(model).fit(X_train[:m], y_train[:m])
        # The training error is measured on the rows this copy was fitted on. Scoring it on
        # all n training rows would mix in unseen rows and hide overfitting.
        train_mse.append(mean_squared_error(y_train[:m], fitted.predict(X_train[:m])))
        # The validation error always uses the same, whole validation set, so the points
        # of the curve are comparable.
        val_mse.append(mean_squared_error(y_val, fitted.predict(X_val)))
    return np.array(train_mse), np.array(val_mse)


def diagnose(train_mse: np.ndarray, val_mse: np.ndarray, target_mse: float) -> str:
    """Return "high bias", "high variance" or "good" from the errors at the largest size."""
    final_train, final_val = float(train_mse[-1]), float(val_mse[-1])
    if final_train > target_mse:
        # The model cannot fit even the data it has seen: more rows will not help,
        # more capacity or better features might.
        return "high bias"
    if final_val > target_mse:
        # It fits its training data well enough, but the gap to validation is too big:
        # more data, regularisation or a simpler model.
        return "high variance"
    return "good"
