import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (components, explained_variance_ratio, projection) for the top k components.

    components has shape (k, d) (one unit direction per row), the ratios shape (k,),
    and the projection of the centred X shape (n, k).
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D (n, d), got shape {X.shape}")
    n, d = X.shape
    if not 1 <= k <= min(n, d):
        raise ValueError(f"k must be between 1 and min(n, d) = {min(n, d)}, got {k}")

    Xc = X - X.mean(axis=0)  # PCA describes spread around the mean, not around 0
    # Thin SVD: Xc = U @ diag(S) @ Vt, with S sorted from largest to smallest.
    # The rows of Vt are orthonormal directions; no covariance matrix is formed,
    # which avoids squaring the condition number.
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    variances = S**2 / (n - 1)  # the eigenvalues of the sample covariance matrix
    components = Vt[:k]
    ratio = variances[:k] / variances.sum()  # share of the total, over all directions
    projection = Xc @ components.T  # coordinates along the kept directions, (n, k)
    return components, ratio, projection
