import numpy as np


def kmeans_step(X: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One k-means iteration: return (labels, new_centroids).

    X has shape (n, d) and centroids shape (k, d). labels[i] is the index of
    the centroid nearest to X[i] (lowest index on ties). new_centroids[j] is
    the mean of the points labelled j, or the old centroids[j] if none are.
    Raises ValueError if the arrays are not 2-D or their column counts differ.
    """
    X = np.asarray(X, dtype=float)
    centroids = np.asarray(centroids, dtype=float)
    if X.ndim != 2 or centroids.ndim != 2:
        raise ValueError(f"expected 2-D arrays, got shapes {X.shape} and {centroids.shape}")
    if X.shape[1] != centroids.shape[1]:
        raise ValueError(
            f"points have {X.shape[1]} columns but centroids have {centroids.shape[1]}"
        )

    # Assign: (n, 1, d) - (1, k, d) -> (n, k, d), summed over d -> (n, k) squared distances.
    # Squared distances rank the same as distances, so there is no need for sqrt.
    sq_dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = sq_dist.argmin(axis=1)  # argmin returns the first (lowest) index on ties

    # Update: start from a copy, so an empty cluster simply keeps its old centroid
    # and the caller's array is never written to.
    new_centroids = centroids.copy()
    for j in range(len(centroids)):
        members = X[labels == j]
        if len(members):  # the mean of zero points would be nan
            new_centroids[j] = members.mean(axis=0)
    return labels, new_centroids
