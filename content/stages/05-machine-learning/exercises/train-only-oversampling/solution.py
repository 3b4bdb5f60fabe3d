import numpy as np
from sklearn.model_selection import train_test_split


def random_oversample(X: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Top up every class to the size of the largest by drawing its rows with replacement."""
    X = np.asarray(X)
    y = np.asarray(y)
    if len(y) == 0:
        raise ValueError("y is empty")
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")

    rng = np.random.default_rng(seed)  # one generator for all classes
    classes, counts = np.unique(y, return_counts=True)  # classes come sorted
    n_max = counts.max()
    extra = []
    for c, n_c in zip(classes, counts):
        if n_c < n_max:
            positions = np.flatnonzero(y == c)
            # With replacement: a rare class may need more copies than it has rows.
            extra.append(rng.choice(positions, size=n_max - n_c, replace=True))
    if not extra:
        return X.copy(), y.copy()
    extra_idx = np.concatenate(extra)
    # Originals first, in order, then the copies.
    return np.concatenate([X, X[extra_idx]]), np.concatenate([y, y[extra_idx]])


def split_and_oversample(
    X: np.ndarray, y: np.ndarray, test_size: float, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(X_train_resampled, X_test, y_train_resampled, y_test)"""
    # Split first: the test rows must keep the real class mix and must never be copied.
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=test_size, stratify=y, random_state=seed
    )
    X_res, y_res = random_oversample(X_train, y_train, seed)
    return X_res, X_test, y_res, y_test
