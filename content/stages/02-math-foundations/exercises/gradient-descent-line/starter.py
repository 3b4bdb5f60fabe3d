def fit_line(
    xs: list[float], ys: list[float], learning_rate: float = 0.01, epochs: int = 1000
) -> tuple[float, float]:
    """Fit y ≈ w*x + b by batch gradient descent on the mean squared error.

    Start from w = b = 0. Each of the `epochs` updates computes both partial
    derivatives of L(w, b) = (1/n) * sum((w*x + b - y)**2) over all points from
    the current (w, b), then moves both against their gradient.

    Returns (w, b). Raises ValueError if xs and ys differ in length or are empty.
    """
    raise NotImplementedError("compute both gradients from the old (w, b), then update both")
