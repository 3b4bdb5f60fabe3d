import numpy as np


def standardize_columns(X: np.ndarray) -> np.ndarray:
    """Return a new float array with every column scaled to mean 0 and sample std 1.

    Uses the sample standard deviation (ddof=1). Columns whose values are all
    equal become 0. X is not modified. Raises ValueError if X is not 2-D or
    has fewer than 2 rows.
    """
    X = np.asarray(X, dtype=float)  # a float copy when X holds integers
    if X.ndim != 2:
        raise ValueError(f"expected a 2-D array, got shape {X.shape}")
    if X.shape[0] < 2:
        raise ValueError(f"need at least 2 rows for a sample standard deviation, got {X.shape[0]}")

    mean = X.mean(axis=0)  # shape (d,): one mean per column
    std = X.std(axis=0, ddof=1)  # sample standard deviation, divides by n - 1
    # A constant column can still get a std of ~1e-17 from rounding in the mean,
    # so compare the values themselves: max == min means every value is equal.
    constant = X.max(axis=0) == X.min(axis=0)

    # Divide by 1 in constant columns, so no division by zero ever happens.
    safe_std = np.where(constant, 1.0, std)
    Z = (X - mean) / safe_std  # (n, d) op (d,) broadcasts across the rows
    Z[:, constant] = 0.0
    return Z
