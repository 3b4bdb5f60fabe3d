import math


def sigmoid(z: float) -> float:
    """Return 1 / (1 + e^(-z)) without overflowing for large |z|."""
    # Both branches compute the same function; each only exponentiates a
    # number <= 0, so math.exp never overflows (at worst it underflows to 0.0).
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # e^z with z < 0, so 0 <= e < 1
    return e / (1.0 + e)


def predict_proba(weights: list[float], bias: float, x: list[float]) -> float:
    """P(label = 1 | x) for a logistic-regression model: sigmoid(w · x + b).

    Raises ValueError if weights and x have different lengths.
    """
    if len(weights) != len(x):
        raise ValueError(f"{len(weights)} weights but {len(x)} features")
    z = sum(w * xi for w, xi in zip(weights, x)) + bias
    return sigmoid(z)


def predict(weights: list[float], bias: float, x: list[float], threshold: float = 0.5) -> int:
    """1 if predict_proba(weights, bias, x) >= threshold, else 0."""
    return int(predict_proba(weights, bias, x) >= threshold)
