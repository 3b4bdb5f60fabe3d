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
    # Check the arguments here, before the first yield would run: a generator's body
    # only starts when someone asks for the first batch.
    if n < 0:
        raise ValueError(f"n must be at least 0, got {n}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    order = list(range(n))
    if shuffle:
        # A private generator: the same seed always gives the same order, and the
        # global random module's state (which other code may rely on) is left alone.
        random.Random(seed).shuffle(order)
    return _batches(order, batch_size)


def _batches(order: list[int], batch_size: int) -> Iterator[list[int]]:
    for start in range(0, len(order), batch_size):
        yield order[start:start + batch_size]


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
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} targets")
    if not X:
        raise ValueError("need at least one example")
    if any(len(row) != len(weights) for row in X):
        raise ValueError(f"every row of X must have {len(weights)} features")

    w = list(weights)  # a copy: the caller's list stays as it was
    b = float(bias)
    for batch in minibatch_indices(len(X), batch_size, seed):
        m = len(batch)  # the last batch may be smaller, so divide by its own size
        errors = [sum(wj * xj for wj, xj in zip(w, X[i])) + b - y[i] for i in batch]
        # d/dw_j of (w · x + b - y)^2 is 2 * error * x_j; average over the batch.
        grad_w = [2.0 / m * sum(e * X[i][j] for e, i in zip(errors, batch)) for j in range(len(w))]
        grad_b = 2.0 / m * sum(errors)
        # Both gradients came from the same (w, b); update them together.
        w = [wj - learning_rate * gj for wj, gj in zip(w, grad_w)]
        b -= learning_rate * grad_b
    return w, b
