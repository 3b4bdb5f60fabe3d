def fit_line(
    xs: list[float], ys: list[float], learning_rate: float = 0.01, epochs: int = 1000
) -> tuple[float, float]:
    """Fit y ≈ w*x + b by batch gradient descent on the mean squared error.

    Start from w = b = 0. Each of the `epochs` updates computes both partial
    derivatives of L(w, b) = (1/n) * sum((w*x + b - y)**2) over all points from
    the current (w, b), then moves both against their gradient.

    Returns (w, b). Raises ValueError if xs and ys differ in length or are empty.
    """
    if len(xs) != len(ys):
        raise ValueError(f"xs and ys differ in length: {len(xs)} vs {len(ys)}")
    if not xs:
        raise ValueError("need at least one point")

    n = len(xs)
    w, b = 0.0, 0.0
    for _ in range(epochs):
        errors = [w * x + b - y for x, y in zip(xs, ys)]
        # Chain rule: d/dw of (w*x + b - y)**2 is 2 * error * x; d/db is 2 * error.
        grad_w = 2.0 / n * sum(e * x for e, x in zip(errors, xs))
        grad_b = 2.0 / n * sum(errors)
        # Both gradients came from the old (w, b); update them together.
        w, b = w - learning_rate * grad_w, b - learning_rate * grad_b
    return w, b
