import numpy as np


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
    raise NotImplementedError("repeat assign-and-update until the centroids stop moving")
