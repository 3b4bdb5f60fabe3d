from collections.abc import Callable


def numerical_gradient(
    f: Callable[[list[float]], float], x: list[float], h: float = 1e-5
) -> list[float]:
    """Return the central-difference estimate of the gradient of f at x.

    Entry i is (f(x + h e_i) - f(x - h e_i)) / (2h), where e_i is the i-th
    unit vector. x is not modified. Raises ValueError if h <= 0.
    """
    if h <= 0:
        raise ValueError(f"step h must be positive, got {h}")
    grad = []
    for i in range(len(x)):
        # Fresh copies for each coordinate: `plus = x` would only bind a second
        # name to the caller's list, and the edits would leak out.
        plus, minus = list(x), list(x)
        plus[i] += h
        minus[i] -= h
        # Central difference: its error shrinks like h**2 instead of h.
        grad.append((f(plus) - f(minus)) / (2 * h))
    return grad
