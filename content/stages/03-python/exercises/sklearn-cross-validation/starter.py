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
    raise NotImplementedError("a shuffled KFold, cross_val_score, then mean and std(ddof=1)")
