import numpy as np


def stratified_k_fold(y: np.ndarray, k: int, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return k (train_idx, test_idx) pairs whose test folds keep the class proportions of y.

    Every index is in exactly one test fold. For every class with n_c rows, each test fold
    holds floor(n_c / k) or ceil(n_c / k) of them, and fold sizes differ by at most one.
    Rows are shuffled within each class with np.random.default_rng(seed). Both index arrays
    are sorted. Raises ValueError if k < 2 or k exceeds the size of the smallest class.
    """
    raise NotImplementedError("deal each class's shuffled indices out over the k folds")
