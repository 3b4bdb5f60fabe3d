import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def choose_alpha(
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_val: np.ndarray,
    y_val: np.ndarray,
    alphas: list[float],
) -> tuple[float, np.ndarray, np.ndarray]:
    """Return (best_alpha, train_mse, val_mse) for standardised ridge models along `alphas`.

    For each alpha (in the given order) fit make_pipeline(StandardScaler(), Ridge(alpha=alpha))
    on the training split; record its MSE on the training and validation splits. best_alpha has
    the lowest validation MSE; on a tie, the largest such alpha. Raises ValueError if alphas is
    empty or contains a negative value.
    """
    if len(alphas) == 0:
        raise ValueError("alphas must not be empty")
    if any(a < 0 for a in alphas):
        raise ValueError(f"every alpha must be >= 0, got {alphas}")

    train_mse, val_mse = [], []
    for alpha in alphas:
        # The scaler lives inside the pipeline, so fit() learns the means and standard
        # deviations from the training rows only; predict() reuses them on validation rows.
        # Without scaling, the penalty would hit features in small units much harder.
        model = make_pipeline(StandardScaler(), Ridge(alpha=alpha))
        model.fit(X_train, y_train)
        train_mse.append(mean_squared_error(y_train, model.predict(X_train)))
        val_mse.append(mean_squared_error(y_val, model.predict(X_val)))
    train_mse, val_mse = np.array(train_mse), np.array(val_mse)

    # Lowest validation error wins; among ties take the largest alpha, the simpler model.
    best = val_mse.min()
    best_alpha = max(a for a, v in zip(alphas, val_mse) if v == best)
    return float(best_alpha), train_mse, val_mse
