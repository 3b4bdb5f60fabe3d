def fit_linear_gd(
    X: list[list[float]], y: list[float], learning_rate: float = 0.01, n_iter: int = 1000
) -> tuple[list[float], float, list[float]]:
    """Return (w, b, losses) after n_iter batch gradient-descent updates from w = 0, b = 0.

    The loss is the mean squared error (1/n) * sum((w·x_i + b - y_i)**2).
    losses[0] is the loss at the start and losses[t] the loss after t updates,
    so it has n_iter + 1 entries. Raises ValueError if X is empty, X and y have
    different lengths, or the rows of X have different lengths.
    """
    raise NotImplementedError("compute the errors, the gradients, update, and record the loss")
