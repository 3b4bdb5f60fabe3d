import math

from partial_derivatives import f, grad_f, numerical_partials


def close(a, b, tol) -> bool:
    return len(a) == len(b) and all(abs(p - q) <= tol for p, q in zip(a, b))


def test_gradient_at_the_worked_example_point():
    got = grad_f(2.0, -1.0)
    assert close(got, (-4.0, 13.0), 1e-12), (
        f"at (2, -1): df/dx = 2xy = -4 and df/dy = x² + 9y² = 13; got {got}"
    )


def test_gradient_at_another_point():
    got = grad_f(1.0, 2.0)
    assert close(got, (4.0, 37.0), 1e-12), (
        f"at (1, 2): df/dx = 2·1·2 = 4 and df/dy = 1 + 9·4 = 37; got {got}. "
        "A df/dy of 4 + 36 = 40 means x²y was differentiated as 2xy in y as well"
    )


def test_gradient_at_the_origin_is_zero():
    got = grad_f(0.0, 0.0)
    assert close(got, (0.0, 0.0), 1e-12), f"both partial derivatives vanish at (0, 0), got {got}"


def test_numerical_partials_of_a_simple_product():
    got = numerical_partials(lambda x, y: x * y, 3.0, -2.0)
    assert close(got, (-2.0, 3.0), 1e-6), (
        f"for x·y the partials are (y, x) = (-2, 3) at (3, -2), got {got}"
    )


def test_numerical_partials_work_for_any_function():
    got = numerical_partials(lambda x, y: math.sin(x) * math.exp(y), 0.5, 0.2)
    expected = (math.cos(0.5) * math.exp(0.2), math.sin(0.5) * math.exp(0.2))
    assert close(got, expected, 1e-6), f"expected ≈ {expected} for sin(x)·exp(y), got {got}"


def test_uses_central_not_forward_difference():
    got = numerical_partials(f, 0.0, 1.0, h=0.1)
    assert close(got, (0.0, 9.03), 1e-9), (
        "with h = 0.1 at (0, 1), the central difference for df/dy is "
        f"(3·1.1³ - 3·0.9³) / 0.2 = 9.03, got {got}; 9.93 means a forward difference"
    )


def test_analytic_gradient_agrees_with_numerical_check():
    for x, y in [(2.0, -1.0), (0.5, 0.25), (-3.0, 1.5), (1.2, -0.7)]:
        analytic = grad_f(x, y)
        numeric = numerical_partials(f, x, y)
        assert close(analytic, numeric, 1e-5), (
            f"at ({x}, {y}) grad_f gives {analytic} but central differences give {numeric}"
        )


def test_non_positive_step_raises_value_error():
    for h in (0.0, -1e-5):
        try:
            numerical_partials(f, 1.0, 1.0, h=h)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for h = {h}: the step must be positive")
