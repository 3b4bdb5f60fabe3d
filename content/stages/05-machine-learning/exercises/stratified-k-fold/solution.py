import numpy as np


def stratified_k_fold(y: np.ndarray, k: int, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return k (train_idx, test_idx) pairs whose test folds keep the class proportions of y.

    Every index is in exactly one test fold. For every class with n_c rows, each test fold
    holds floor(n_c / k) or ceil(n_c / k) of them, and fold sizes differ by at most one.
    Rows are shuffled within each class with np.random.default_rng(seed). Both index arrays
    are sorted. Raises ValueError if k < 2 or k exceeds the size of the smallest class.
    """
    y = np.asarray(y)
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D, got shape {y.shape}")
    classes, counts = np.unique(y, return_counts=True)
    if k < 2:
        raise ValueError(f"k must be at least 2, got {k}")
    if k > counts.min():
        raise ValueError(
            f"k = {k} is larger than the smallest class ({counts.min()} rows): "
            "some test fold would miss that class"
        )

    rng = np.random.default_rng(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    pos = 0  # the next fold to receive a row; it carries over from class to class
    for c in classes:
        idx = rng.permutation(np.flatnonzero(y == c))  # shuffle within the class only
        # Dealing round-robin gives each fold floor(n_c/k) or ceil(n_c/k) rows of class c.
        for i, row in enumerate(idx):
            folds[(pos + i) % k].append(int(row))
        # Continue where this class stopped, so the folds that got an extra row of this
        # class are not the same ones that get the extra row of the next class.
        pos = (pos + len(idx)) % k

    all_idx = np.arange(len(y))
    splits = []
    for fold in folds:
        test = np.sort(np.array(fold, dtype=int))
        train = np.setdiff1d(all_idx, test)  # sorted, everything not in the test fold
        splits.append((train, test))
    return splits
