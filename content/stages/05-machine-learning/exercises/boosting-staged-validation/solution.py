import numpy as np


def staged_validation_errors(model, X_val: np.ndarray, y_val: np.ndarray) -> np.ndarray:
    """Validation MSE after 1, 2, ..., n_estimators trees, from model.staged_predict."""
    y_val = np.asarray(y_val, dtype=float)
    # staged_predict replays the fitted model one tree at a time: no refitting needed.
    return np.array([np.mean((y_val - pred) ** 2) for pred in model.staged_predict(X_val)])


def best_n_estimators(errors: np.ndarray) -> int:
    """The 1-based tree count with the lowest error (the smallest count on a tie)."""
    errors = np.asarray(errors, dtype=float)
    if errors.size == 0:
        raise ValueError("no errors to choose from")
    # argmin returns the first position of the minimum; +1 turns a position into a tree count.
    return int(np.argmin(errors)) + 1


def early_stopping_choice(errors: np.ndarray, patience: int) -> int:
    """The best 1-based count seen before `patience` rounds in a row fail to improve."""
    errors = np.asarray(errors, dtype=float)
    if errors.size == 0:
        raise ValueError("no errors to choose from")
    if patience < 1:
        raise ValueError(f"patience must be >= 1, got {patience}")
    best_error, best_count, waited = float("inf"), 0, 0
    for count, error in enumerate(errors, start=1):
        if error < best_error:  # strictly lower: an equal error is not progress
            best_error, best_count, waited = error, count, 0
        else:
            waited += 1
            if waited == patience:
                break  # the rounds after this one are never trained
    return best_count
