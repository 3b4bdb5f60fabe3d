import numpy as np


def forward(
    params: dict[str, np.ndarray], X: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Forward pass; return (Z1, A1, p).

    Z1 = X @ W1 + b1, shape (n, h): hidden pre-activations.
    A1 = ReLU(Z1), shape (n, h): hidden activations.
    p  = sigmoid(A1 @ W2 + b2), shape (n, 1): predicted probabilities.
    """
    raise NotImplementedError("hidden layer with ReLU, then a sigmoid output")


def loss_and_gradients(
    params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    """Mean binary cross-entropy and its gradient for every parameter.

    y has shape (n, 1) with values 0 or 1. The returned gradients have the
    same keys and shapes as params. Raises ValueError if y is not (n, 1).
    """
    raise NotImplementedError("run forward, then the chain rule from (p - y) / n backwards")
