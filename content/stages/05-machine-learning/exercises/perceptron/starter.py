def predict(weights: list[float], bias: float, x: list[float]) -> int:
    """Return 1 if weights · x + bias > 0, else 0 (a score of exactly 0 gives 0).

    Raises ValueError if weights and x have different lengths.
    """
    raise NotImplementedError("compute the score and compare it with 0")


def train_perceptron(
    X: list[list[float]], y: list[int], learning_rate: float = 1.0, epochs: int = 10
) -> tuple[list[float], float, list[int]]:
    """Train a perceptron with the perceptron rule; return (weights, bias, mistakes).

    Start from zero weights and bias. Each epoch visits the examples in the given
    order; on a mistake, weights += learning_rate * (y - y_hat) * x and
    bias += learning_rate * (y - y_hat). mistakes[e] counts the mistakes made in
    epoch e. Training stops after the first epoch with no mistakes, or after
    `epochs` epochs.

    Raises ValueError for mismatched or empty data, labels other than 0 and 1,
    a learning rate that is not positive, or epochs < 1.
    """
    raise NotImplementedError("loop over epochs and examples, updating on each mistake")
