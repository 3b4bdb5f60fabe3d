# Hidden tests: the hand-derived gradient on a grid of other points with a tight tolerance (a
# numerical estimate is not exact enough), central differences of other functions and steps.
import math

from partial_derivatives import f, grad_f, numerical_partials


def close(a, b, tol):
    return len(a) == len(b) and all(abs(p - q) <= tol for p, q in zip(a, b))


def test_analytic_gradient_on_a_grid():
    for x in (-10.0, -1.5, 0.0, 3.0, 7.0):
        for y in (-7.0, -0.5, 0.0, 2.5):
            want = (2 * x * y, x * x + 9 * y * y)
            got = grad_f(x, y)
            assert close(tuple(got), want, 1e-9), (
                f"at ({x}, {y}) expected (2xy, x² + 9y²) = {want} exactly, got {got}"
            )


def test_f_itself_at_other_points():
    for x, y in ((3.0, 2.0), (-1.0, -2.0)):
        want = x * x * y + 3 * y ** 3
        assert math.isclose(f(x, y), want), f"f({x}, {y}) should be {want}, got {f(x, y)}"


def test_central_differences_of_f_with_a_big_step():
    got = numerical_partials(f, 1.0, 2.0, h=0.5)
    # df/dx is exact for a quadratic in x; df/dy picks up h² · 3 from the cubic: 37 + 0.75.
    assert close(tuple(got), (4.0, 37.75), 1e-9), (
        f"with h = 0.5 at (1, 2) the central differences are (4.0, 37.75), got {got}; "
        "a forward difference would give (5.0, 46.75)"
    )


def test_numerical_partials_of_other_functions():
    cases = [
        (lambda x, y: x ** 3 * y ** 2, 1.5, -2.0, (3 * 1.5 ** 2 * 4, 2 * 1.5 ** 3 * -2.0)),
        (lambda x, y: math.log(x) + math.cos(x * y), 2.0, 0.3,
         (0.5 - 0.3 * math.sin(0.6), -2.0 * math.sin(0.6))),
        (lambda x, y: 4 * x - 7 * y, -100.0, 55.0, (4.0, -7.0)),
    ]
    for func, x, y, want in cases:
        got = numerical_partials(func, x, y)
        assert close(tuple(got), want, 1e-5), f"at ({x}, {y}) expected ≈ {want}, got {got}"


def test_tiny_negative_step_raises_value_error():
    try:
        numerical_partials(lambda x, y: x + y, 0.0, 0.0, h=-1e-12)
    except ValueError:
        return
    raise AssertionError("expected ValueError for h = -1e-12: the step must be positive")
