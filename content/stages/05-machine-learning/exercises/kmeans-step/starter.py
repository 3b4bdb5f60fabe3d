import numpy as np


def kmeans_step(X: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One k-means iteration: return (labels, new_centroids).

    X has shape (n, d) and centroids shape (k, d). labels[i] is the index of
    the centroid nearest to X[i] (lowest index on ties). new_centroids[j] is
    the mean of the points labelled j, or the old centroids[j] if none are.
    Raises ValueError if the arrays are not 2-D or their column counts differ.
    """
    raise NotImplementedError("assign each point to its nearest centroid, then move the centroids")
