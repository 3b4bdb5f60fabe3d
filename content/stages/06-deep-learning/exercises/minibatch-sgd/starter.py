import random
from collections.abc import Iterator


def minibatch_indices(
    n: int, batch_size: int, seed: int | None = None, shuffle: bool = True
) -> Iterator[list[int]]:
    """Yield lists of row indices that together cover range(n) exactly once.

    With shuffle=True the order is list(range(n)) shuffled by
    random.Random(seed).shuffle; with shuffle=False it is 0, 1, ..., n - 1.
    Batches take consecutive slices of that order; the last one may be smaller.
    Raises ValueError if n < 0 or batch_size < 1.
    """
    raise NotImplementedError("shuffle the indices with a private Random, then slice")


def sgd_epoch(
    X: list[list[float]],
    y: list[float],
    weights: list[float],
    bias: float,
    learning_rate: float,
    batch_size: int,
    seed: int,
) -> tuple[list[float], float]:
    """One epoch of mini-batch SGD for linear regression on the mean squared error.

    For each batch B from minibatch_indices(len(X), batch_size, seed), compute the
    gradient of (1/|B|) * sum over B of (w · x_i + b - y_i)^2 at the current
    (weights, bias) and take one step against it. Returns new (weights, bias).
    """
    raise NotImplementedError("one gradient step per mini-batch")
