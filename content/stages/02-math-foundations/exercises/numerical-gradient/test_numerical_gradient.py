from numerical_gradient import numerical_gradient


def close(a: list[float], b: list[float], tol: float) -> bool:
    return len(a) == len(b) and all(abs(p - q) < tol for p, q in zip(a, b))


def test_gradient_of_sum_of_squares():
    got = numerical_gradient(lambda v: sum(c * c for c in v), [1.0, 2.0, 3.0])
    assert close(got, [2.0, 4.0, 6.0], 1e-6), (
        f"the gradient of x1² + x2² + x3² is (2x1, 2x2, 2x3) = [2, 4, 6] here, got {got}"
    )


def test_lesson_bowl_at_origin():
    def bowl(w):
        return (w[0] - 3) ** 2 + 2 * (w[1] + 1) ** 2

    got = numerical_gradient(bowl, [0.0, 0.0])
    assert close(got, [-6.0, 4.0], 1e-6), f"expected [-6, 4] (2(w1 - 3), 4(w2 + 1)), got {got}"


def test_product_term_uses_the_other_coordinate():
    def f(v):
        x, y = v
        return x * x * y + 3 * y

    got = numerical_gradient(f, [2.0, -1.0])
    assert close(got, [-4.0, 7.0], 1e-6), (
        f"for x²y + 3y at (2, -1): ∂/∂x = 2xy = -4 and ∂/∂y = x² + 3 = 7; got {got}"
    )


def test_linear_function_has_constant_gradient():
    def f(v):
        return 3 * v[0] - 2 * v[1] + 5

    for point in ([0.0, 0.0], [10.0, -7.5]):
        got = numerical_gradient(f, point)
        assert close(got, [3.0, -2.0], 1e-6), f"expected [3, -2] at {point}, got {got}"


def test_uses_central_not_forward_difference():
    got = numerical_gradient(lambda v: v[0] ** 3, [1.0], h=0.01)
    assert close(got, [3.0001], 1e-9), (
        f"expected (1.01³ - 0.99³) / 0.02 = 3.0001 with h = 0.01, got {got}; "
        "3.0301 means a forward difference"
    )


def test_returns_one_entry_per_coordinate():
    got = numerical_gradient(lambda v: sum(v), [0.5] * 5)
    assert close(got, [1.0] * 5, 1e-6), (
        f"expected five entries of 1.0 for the gradient of a sum, got {got}"
    )


def test_does_not_modify_the_point():
    seen = []

    def f(v):
        seen.append(list(v))
        return v[0] * v[1]

    x = [1.0, 2.0]
    numerical_gradient(f, x, h=0.5)
    assert x == [1.0, 2.0], f"x must be unchanged after the call, got {x}"
    shifted = [[1.5, 2.0], [0.5, 2.0], [1.0, 2.5], [1.0, 1.5]]
    missing = [p for p in shifted if p not in seen]
    assert not missing, f"f was never called at the shifted points {missing}"
    stray = [p for p in seen if p not in shifted + [x]]
    assert not stray, (
        f"f was called at {stray}; each call should shift exactly one coordinate of {x} by ±h"
    )


def test_non_positive_step_raises_value_error():
    for h in (0.0, -1e-5):
        try:
            numerical_gradient(lambda v: v[0], [1.0], h=h)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for h = {h}: the step must be positive")
