import numpy as np


def fit_centroids(images: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit a nearest-centroid classifier; return (classes, centroids).

    images has shape (n, H, W) or (n, D); each image is flattened to D pixels.
    classes holds the distinct labels in sorted order, shape (K,); centroids[k]
    is the mean flattened image of class classes[k], shape (K, D), float.
    Raises ValueError if there are no images or images and labels differ in length.
    """
    images = np.asarray(images, dtype=float)
    labels = np.asarray(labels)
    if images.ndim < 2 or len(images) == 0:
        raise ValueError(f"need a non-empty batch of images, got shape {images.shape}")
    if labels.shape != (len(images),):
        raise ValueError(f"expected {len(images)} labels, got shape {labels.shape}")

    X = images.reshape(len(images), -1)  # (n, H, W) -> (n, H*W); (n, D) stays as it is
    classes = np.unique(labels)          # sorted, each label once
    # One mean image per class; every class in `classes` has at least one image.
    centroids = np.stack([X[labels == c].mean(axis=0) for c in classes])
    return classes, centroids


def predict(images: np.ndarray, classes: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Label each image with the class of its nearest centroid (Euclidean distance).

    Ties go to the class that comes first in `classes`. Raises ValueError if the
    images do not have as many pixels as the centroids.
    """
    images = np.asarray(images, dtype=float)
    X = images.reshape(len(images), -1)
    if X.shape[1] != centroids.shape[1]:
        raise ValueError(f"images have {X.shape[1]} pixels but centroids have {centroids.shape[1]}")
    # (n, 1, D) - (1, K, D) -> (n, K, D); summing squares over D gives (n, K).
    # Squared distances rank like distances, so the square root is not needed.
    sq_dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    nearest = sq_dist.argmin(axis=1)  # argmin returns the first index on a tie
    return classes[nearest]           # map positions 0..K-1 back to the original labels
