import numpy as np
from sklearn.base import BaseEstimator
from sklearn.model_selection import KFold, cross_val_score


def cv_accuracy(
    model: BaseEstimator, X: np.ndarray, y: np.ndarray, n_splits: int = 5, seed: int = 0
) -> tuple[float, float]:
    """Mean and sample std of accuracy over shuffled k-fold cross-validation.

    Folds come from KFold(n_splits=n_splits, shuffle=True, random_state=seed).
    The std uses ddof=1. model is left unfitted. Raises ValueError if
    n_splits < 2.
    """
    if n_splits < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, got {n_splits}")
    # shuffle=True mixes the rows before cutting folds, so data stored sorted by
    # class cannot produce folds of unseen classes; random_state makes it repeatable.
    folds = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    # cross_val_score clones the model for every fold, so `model` stays unfitted.
    scores = cross_val_score(model, X, y, cv=folds, scoring="accuracy")
    # ddof=1: the k fold scores are a sample, so use the sample standard deviation.
    return float(np.mean(scores)), float(np.std(scores, ddof=1))
