import numpy as np


def _assign(X: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Index of the nearest centroid for every row of X (lowest index on ties)."""
    sq_dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)  # shape (n, k)
    return sq_dist.argmin(axis=1)


def kmeans(
    X: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100, tol: float = 1e-4
) -> tuple[np.ndarray, np.ndarray, int]:
    """Run Lloyd's algorithm from init_centroids; return (labels, centroids, n_iter).

    Each iteration assigns every point to its nearest centroid and moves each
    centroid to the mean of its points (an empty cluster keeps its centroid).
    Stops after the first iteration in which no centroid moved farther than
    tol, or after max_iter iterations. labels are the assignments to the
    returned centroids; n_iter is the number of iterations run. Raises
    ValueError for bad shapes, max_iter < 1 or tol < 0.
    """
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)  # a copy: never write to the caller's array
    if X.ndim != 2 or centroids.ndim != 2 or X.shape[1] != centroids.shape[1]:
        raise ValueError(
            f"expected X (n, d) and centroids (k, d), got {X.shape} and {centroids.shape}"
        )
    if max_iter < 1:
        raise ValueError(f"max_iter must be at least 1, got {max_iter}")
    if tol < 0:
        raise ValueError(f"tol must be >= 0, got {tol}")

    n_iter = 0
    while n_iter < max_iter:
        labels = _assign(X, centroids)
        new = centroids.copy()
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):  # an empty cluster keeps its old centroid
                new[j] = members.mean(axis=0)
        # How far did the centroid that moved most travel? Comparing with a
        # tolerance, not with ==, stops the loop once changes are just rounding.
        shift = np.linalg.norm(new - centroids, axis=1).max()
        centroids = new
        n_iter += 1
        if shift <= tol:
            break

    # The labels computed inside the loop belong to the centroids *before* the
    # last update. Assign once more so labels and centroids always agree,
    # even when max_iter stopped the loop early.
    return _assign(X, centroids), centroids, n_iter
