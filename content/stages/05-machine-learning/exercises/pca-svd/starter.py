import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (components, explained_variance_ratio, projection) for the top k components.

    components has shape (k, d) (one unit direction per row), the ratios shape (k,),
    and the projection of the centred X shape (n, k).
    """
    raise NotImplementedError("centre X, take its SVD, keep the first k directions")
