from collections.abc import Callable


def numerical_gradient(
    f: Callable[[list[float]], float], x: list[float], h: float = 1e-5
) -> list[float]:
    """Return the central-difference estimate of the gradient of f at x.

    Entry i is (f(x + h e_i) - f(x - h e_i)) / (2h), where e_i is the i-th
    unit vector. x is not modified. Raises ValueError if h <= 0.
    """
    raise NotImplementedError("nudge one coordinate at a time, both ways")
