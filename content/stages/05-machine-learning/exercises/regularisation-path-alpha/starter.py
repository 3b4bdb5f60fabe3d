import numpy as np


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
    raise NotImplementedError("fit one scaled ridge model per alpha on the training split")
