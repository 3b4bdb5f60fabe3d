import numpy as np


def standardize_columns(X: np.ndarray) -> np.ndarray:
    """Return a new float array with every column scaled to mean 0 and sample std 1.

    Uses the sample standard deviation (ddof=1). Columns whose values are all
    equal become 0. X is not modified. Raises ValueError if X is not 2-D or
    has fewer than 2 rows.
    """
    raise NotImplementedError("column means and stds with axis=0, then broadcast")
