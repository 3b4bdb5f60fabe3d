from collections.abc import Callable


def f(x: float, y: float) -> float:
    """f(x, y) = x**2 * y + 3 * y**3."""
    return x**2 * y + 3 * y**3


def grad_f(x: float, y: float) -> tuple[float, float]:
    """The analytic gradient (df/dx, df/dy) of f, derived by hand."""
    # d/dx: y is a constant, so x**2 * y -> 2x * y, and 3y**3 (no x) -> 0.
    df_dx = 2 * x * y
    # d/dy: x**2 is a constant factor, so x**2 * y -> x**2; 3y**3 -> 9y**2.
    df_dy = x**2 + 9 * y**2
    return df_dx, df_dy


def numerical_partials(
    func: Callable[[float, float], float], x: float, y: float, h: float = 1e-5
) -> tuple[float, float]:
    """Central-difference estimates of (dfunc/dx, dfunc/dy) at (x, y).

    Raises ValueError if h <= 0.
    """
    if h <= 0:
        raise ValueError(f"step h must be positive, got {h}")
    # Move along one axis at a time; the other coordinate stays exactly as given.
    d_dx = (func(x + h, y) - func(x - h, y)) / (2 * h)
    d_dy = (func(x, y + h) - func(x, y - h)) / (2 * h)
    return d_dx, d_dy
