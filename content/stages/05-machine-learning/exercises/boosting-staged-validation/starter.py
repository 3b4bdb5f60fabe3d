import numpy as np


def staged_validation_errors(model, X_val: np.ndarray, y_val: np.ndarray) -> np.ndarray:
    """Validation MSE after 1, 2, ..., n_estimators trees, from model.staged_predict."""
    raise NotImplementedError("score every stage of staged_predict on the validation rows")


def best_n_estimators(errors: np.ndarray) -> int:
    """The 1-based tree count with the lowest error (the smallest count on a tie)."""
    return int(np.argmin(errors))


def early_stopping_choice(errors: np.ndarray, patience: int) -> int:
    """The best 1-based count seen before `patience` rounds in a row fail to improve."""
    raise NotImplementedError("track the best error and count the rounds without improvement")
