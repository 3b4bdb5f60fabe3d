def sigmoid(z: float) -> float:
    """Return 1 / (1 + e^(-z)) without overflowing for large |z|."""
    raise NotImplementedError("pick a form that never exponentiates a large positive number")


def predict_proba(weights: list[float], bias: float, x: list[float]) -> float:
    """P(label = 1 | x) for a logistic-regression model: sigmoid(w · x + b).

    Raises ValueError if weights and x have different lengths.
    """
    raise NotImplementedError("weighted sum plus bias, then the sigmoid")


def predict(weights: list[float], bias: float, x: list[float], threshold: float = 0.5) -> int:
    """1 if predict_proba(weights, bias, x) >= threshold, else 0."""
    raise NotImplementedError("compare the probability with the threshold")
