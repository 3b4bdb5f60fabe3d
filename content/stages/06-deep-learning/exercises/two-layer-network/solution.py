import numpy as np


def forward(
    params: dict[str, np.ndarray], X: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Forward pass; return (Z1, A1, p).

    Z1 = X @ W1 + b1, shape (n, h): hidden pre-activations.
    A1 = ReLU(Z1), shape (n, h): hidden activations.
    p  = sigmoid(A1 @ W2 + b2), shape (n, 1): predicted probabilities.
    """
    Z1 = X @ params["W1"] + params["b1"]  # b1 (h,) is added to every row
    A1 = np.maximum(0.0, Z1)
    z2 = A1 @ params["W2"] + params["b2"]  # (n, 1)
    # A stable sigmoid: 1 / (1 + e^(-z)) written as e^(-logaddexp(0, -z)) never overflows.
    p = np.exp(-np.logaddexp(0.0, -z2))
    return Z1, A1, p


def loss_and_gradients(
    params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    """Mean binary cross-entropy and its gradient for every parameter.

    y has shape (n, 1) with values 0 or 1. The returned gradients have the
    same keys and shapes as params. Raises ValueError if y is not (n, 1).
    """
    n = X.shape[0]
    if y.shape != (n, 1):
        raise ValueError(f"y must have shape ({n}, 1), got {y.shape}")

    Z1, A1, p = forward(params, X)
    z2 = A1 @ params["W2"] + params["b2"]
    # BCE from the logit z2: -log p = log(1 + e^(-z)) and -log(1 - p) = log(1 + e^z).
    # np.logaddexp(0, t) = log(1 + e^t) stays finite even when p rounds to exactly 0 or 1.
    loss = float(np.mean(y * np.logaddexp(0.0, -z2) + (1 - y) * np.logaddexp(0.0, z2)))

    # Sigmoid + cross-entropy: dL/dz2 simplifies to (p - y) / n.
    delta2 = (p - y) / n                           # (n, 1)
    grad_W2 = A1.T @ delta2                        # (h, n) @ (n, 1) -> (h, 1)
    grad_b2 = delta2.sum(axis=0)                   # (1,)
    # Back through W2, then through ReLU: its slope is 1 where Z1 > 0 and 0 elsewhere.
    delta1 = (delta2 @ params["W2"].T) * (Z1 > 0)  # (n, h)
    grad_W1 = X.T @ delta1                         # (d, n) @ (n, h) -> (d, h)
    grad_b1 = delta1.sum(axis=0)                   # (h,)
    return loss, {"W1": grad_W1, "b1": grad_b1, "W2": grad_W2, "b2": grad_b2}
