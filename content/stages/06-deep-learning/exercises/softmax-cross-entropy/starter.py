import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of scores Z with shape (n, K); every row sums to 1.

    Raises ValueError if Z is not 2-D.
    """
    raise NotImplementedError("exponentiate and normalise each row, without overflow")


def cross_entropy(Z: np.ndarray, y: np.ndarray) -> float:
    """Mean of -log softmax(Z)[i, y[i]] over the n rows.

    y holds one integer class index in 0 ... K-1 per row; raises ValueError otherwise.
    """
    raise NotImplementedError("use log p_y = z_y - logsumexp(z)")


def cross_entropy_gradient(Z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of cross_entropy(Z, y) with respect to Z: (softmax(Z) - onehot(y)) / n."""
    raise NotImplementedError
