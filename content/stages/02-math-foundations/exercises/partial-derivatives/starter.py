from collections.abc import Callable


def f(x: float, y: float) -> float:
    """f(x, y) = x**2 * y + 3 * y**3."""
    return x**2 * y + 3 * y**3


def grad_f(x: float, y: float) -> tuple[float, float]:
    """The analytic gradient (df/dx, df/dy) of f, derived by hand."""
    raise NotImplementedError("differentiate term by term, holding the other variable fixed")


def numerical_partials(
    func: Callable[[float, float], float], x: float, y: float, h: float = 1e-5
) -> tuple[float, float]:
    """Central-difference estimates of (dfunc/dx, dfunc/dy) at (x, y).

    Raises ValueError if h <= 0.
    """
    raise NotImplementedError("nudge one variable at a time by +h and -h")
