import math


def sigmoid(z: float) -> float:
    """Logistic sigmoid 1 / (1 + e^(-z)), without overflow for any float z."""
    raise NotImplementedError("use a form of the sigmoid whose exponent is never positive")


def sigmoid_derivative(z: float) -> float:
    """σ'(z) = σ(z) · (1 − σ(z)), at most 0.25 (at z = 0)."""
    raise NotImplementedError


def tanh(z: float) -> float:
    """Hyperbolic tangent (e^z − e^(−z)) / (e^z + e^(−z)), without math.tanh or overflow."""
    raise NotImplementedError("rewrite tanh so that math.exp only sees numbers <= 0")


def tanh_derivative(z: float) -> float:
    """tanh'(z) = 1 − tanh(z)^2, at most 1 (at z = 0)."""
    raise NotImplementedError


def relu(z: float) -> float:
    """max(0, z)."""
    raise NotImplementedError


def relu_derivative(z: float) -> float:
    """1 for z > 0, else 0 (the kink at z = 0 takes the value 0 by convention)."""
    raise NotImplementedError


def leaky_relu(z: float, alpha: float = 0.01) -> float:
    """z for z > 0, alpha · z otherwise."""
    raise NotImplementedError


def leaky_relu_derivative(z: float, alpha: float = 0.01) -> float:
    """1 for z > 0, alpha otherwise (including z = 0)."""
    raise NotImplementedError
