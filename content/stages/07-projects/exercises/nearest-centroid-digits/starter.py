import numpy as np


def fit_centroids(images: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit a nearest-centroid classifier; return (classes, centroids).

    images has shape (n, H, W) or (n, D); each image is flattened to D pixels.
    classes holds the distinct labels in sorted order, shape (K,); centroids[k]
    is the mean flattened image of class classes[k], shape (K, D), float.
    Raises ValueError if there are no images or images and labels differ in length.
    """
    raise NotImplementedError("flatten the images, then average each class")


def predict(images: np.ndarray, classes: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Label each image with the class of its nearest centroid (Euclidean distance).

    Ties go to the class that comes first in `classes`. Raises ValueError if the
    images do not have as many pixels as the centroids.
    """
    raise NotImplementedError("compute distances to every centroid and take the nearest")
