import math


def sigmoid(z: float) -> float:
    """Logistic sigmoid 1 / (1 + e^(-z)), without overflow for any float z."""
    # Only ever exponentiate a number <= 0: math.exp(1000) raises OverflowError.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # z < 0, so this is in (0, 1)
    return e / (1.0 + e)


def sigmoid_derivative(z: float) -> float:
    """σ'(z) = σ(z) · (1 − σ(z)), at most 0.25 (at z = 0)."""
    # 1 − σ(z) equals σ(−z); writing it that way avoids the rounding of 1 − 0.9999...
    return sigmoid(z) * sigmoid(-z)


def tanh(z: float) -> float:
    """Hyperbolic tangent (e^z − e^(−z)) / (e^z + e^(−z)), without math.tanh or overflow."""
    # Divide top and bottom by e^|z|: tanh(|z|) = (1 − e^(−2|z|)) / (1 + e^(−2|z|)),
    # which only exponentiates a number <= 0. tanh is odd, so restore the sign at the end.
    e = math.exp(-2.0 * abs(z))
    t = (1.0 - e) / (1.0 + e)
    return t if z >= 0 else -t


def tanh_derivative(z: float) -> float:
    """tanh'(z) = 1 − tanh(z)^2, at most 1 (at z = 0)."""
    t = tanh(z)
    return 1.0 - t * t


def relu(z: float) -> float:
    """max(0, z)."""
    return z if z > 0 else 0.0


def relu_derivative(z: float) -> float:
    """1 for z > 0, else 0 (the kink at z = 0 takes the value 0 by convention)."""
    return 1.0 if z > 0 else 0.0


def leaky_relu(z: float, alpha: float = 0.01) -> float:
    """z for z > 0, alpha · z otherwise."""
    return z if z > 0 else alpha * z


def leaky_relu_derivative(z: float, alpha: float = 0.01) -> float:
    """1 for z > 0, alpha otherwise (including z = 0)."""
    return 1.0 if z > 0 else alpha
