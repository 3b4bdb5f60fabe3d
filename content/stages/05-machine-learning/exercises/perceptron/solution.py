def predict(weights: list[float], bias: float, x: list[float]) -> int:
    """Return 1 if weights · x + bias > 0, else 0 (a score of exactly 0 gives 0)."""
    if len(weights) != len(x):
        raise ValueError(f"weights have length {len(weights)} but x has length {len(x)}")
    score = sum(w * v for w, v in zip(weights, x)) + bias
    return 1 if score > 0 else 0


def train_perceptron(
    X: list[list[float]], y: list[int], learning_rate: float = 1.0, epochs: int = 10
) -> tuple[list[float], float, list[int]]:
    """Train a perceptron with the perceptron rule; return (weights, bias, mistakes).

    Start from zero weights and bias. Each epoch visits the examples in the given
    order; on a mistake, weights += learning_rate * (y - y_hat) * x and
    bias += learning_rate * (y - y_hat). mistakes[e] counts the mistakes made in
    epoch e. Training stops after the first epoch with no mistakes, or after
    `epochs` epochs.
    """
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
    if not X:
        raise ValueError("need at least one example")
    if learning_rate <= 0:
        raise ValueError(f"learning_rate must be positive, got {learning_rate}")
    if epochs < 1:
        raise ValueError(f"epochs must be at least 1, got {epochs}")
    if any(label not in (0, 1) for label in y):
        raise ValueError("labels must be 0 or 1")
    d = len(X[0])
    if any(len(row) != d for row in X):
        raise ValueError("every row of X must have the same length")

    weights = [0.0] * d
    bias = 0.0
    mistakes: list[int] = []
    for _ in range(epochs):
        count = 0
        for x, target in zip(X, y):
            # error is +1 (should have said 1), -1 (should have said 0) or 0 (right).
            error = target - predict(weights, bias, x)
            if error != 0:
                # Move the boundary toward a missed positive, away from a false positive.
                weights = [w + learning_rate * error * v for w, v in zip(weights, x)]
                bias += learning_rate * error
                count += 1
        mistakes.append(count)
        if count == 0:  # a clean pass: every example is already right, so nothing would change
            break
    return weights, bias, mistakes
