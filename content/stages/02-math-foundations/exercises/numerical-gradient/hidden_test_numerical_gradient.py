# Hidden tests: other functions and dimensions (1 and 4), other points, other step sizes where
# central and forward differences part ways, and how f is called (fresh lists, one shift each).
import math

from numerical_gradient import numerical_gradient


def close(a, b, tol):
    return len(a) == len(b) and all(abs(p - q) < tol for p, q in zip(a, b))


def test_four_dimensional_function_at_other_points():
    def f(v):
        a, b, c, d = v
        return a * b + math.sin(c) - d ** 2 + 3 * a

    for point in ([1.0, -2.0, 0.5, 3.0], [-0.3, 4.0, 2.0, -1.5]):
        a, b, c, d = point
        want = [b + 3, a, math.cos(c), -2 * d]
        got = numerical_gradient(f, point)
        assert close(got, want, 1e-6), f"at {point} expected ≈ {want}, got {got}"


def test_one_dimension_exponential():
    got = numerical_gradient(lambda v: math.exp(2 * v[0]), [0.3])
    want = 2 * math.exp(0.6)
    assert close(got, [want], 1e-5), f"d/dx e^(2x) at 0.3 is 2e^0.6 ≈ {want:.6f}, got {got}"


def test_central_difference_with_other_steps():
    # For x³ the central difference is exactly 3x² + h²; the forward one is 3x² + 3xh + h².
    for x0, h in ((2.0, 0.05), (-1.0, 0.1)):
        got = numerical_gradient(lambda v: v[0] ** 3, [x0], h=h)
        want = 3 * x0 * x0 + h * h
        assert close(got, [want], 1e-9), (
            f"for x³ at {x0} with h = {h} the central difference is {want}, got {got}; "
            f"a forward difference would give {3 * x0 * x0 + 3 * x0 * h + h * h}"
        )


def test_each_call_gets_a_fresh_point_shifted_in_one_coordinate():
    x = [0.5, -1.0, 2.0]
    h = 0.25
    seen = []

    def f(v):
        seen.append(list(v))
        assert len(v) == 3, f"f must be called with 3 coordinates, got {v}"
        return v[0] + 2 * v[1] * v[2]

    got = numerical_gradient(f, x, h=h)
    assert x == [0.5, -1.0, 2.0], f"x must be unchanged, got {x}"
    assert close(got, [1.0, 4.0, -2.0], 1e-9), f"expected [1, 2·z, 2·y] = [1, 4, -2], got {got}"
    for p in seen:
        moved = [i for i in range(3) if p[i] != x[i]]
        if not moved:
            continue
        i = moved[0]
        assert len(moved) == 1 and abs(abs(p[i] - x[i]) - h) < 1e-12, (
            f"f was called at {p}; each call should shift exactly one coordinate of {x} by ±{h}"
        )


def test_tiny_negative_step_raises_value_error():
    try:
        numerical_gradient(lambda v: v[0] * v[1], [1.0, 2.0], h=-1e-12)
    except ValueError:
        return
    raise AssertionError("expected ValueError for h = -1e-12: the step must be positive")
