def _predict(X: list[list[float]], w: list[float], b: float) -> list[float]:
    """w·x + b for every row x of X."""
    return [sum(wj * xj for wj, xj in zip(w, row)) + b for row in X]


def _mse(errors: list[float]) -> float:
    """Mean of the squared errors."""
    return sum(e * e for e in errors) / len(errors)


def fit_linear_gd(
    X: list[list[float]], y: list[float], learning_rate: float = 0.01, n_iter: int = 1000
) -> tuple[list[float], float, list[float]]:
    """Return (w, b, losses) after n_iter batch gradient-descent updates from w = 0, b = 0.

    The loss is the mean squared error (1/n) * sum((w·x_i + b - y_i)**2).
    losses[0] is the loss at the start and losses[t] the loss after t updates,
    so it has n_iter + 1 entries. Raises ValueError if X is empty, X and y have
    different lengths, or the rows of X have different lengths.
    """
    if not X:
        raise ValueError("X is empty: need at least one row")
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} targets")
    d = len(X[0])
    if any(len(row) != d for row in X):
        raise ValueError(f"every row of X must have {d} features, like the first one")

    n = len(X)
    w = [0.0] * d
    b = 0.0
    errors = [p - t for p, t in zip(_predict(X, w, b), y)]
    losses = [_mse(errors)]

    for _ in range(n_iter):
        # All gradients come from the same errors, i.e. from the old (w, b).
        # Updating w[0] before computing the gradient of w[1] would mix old
        # and new parameters and no longer follow the gradient.
        grad_w = [2.0 / n * sum(e * row[j] for e, row in zip(errors, X)) for j in range(d)]
        grad_b = 2.0 / n * sum(errors)
        w = [wj - learning_rate * gj for wj, gj in zip(w, grad_w)]
        b -= learning_rate * grad_b

        # The errors of the new parameters give this update's loss and the
        # next update's gradients, so each iteration predicts only once.
        errors = [p - t for p, t in zip(_predict(X, w, b), y)]
        losses.append(_mse(errors))

    return w, b, losses
