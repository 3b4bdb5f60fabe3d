import math

from activation_functions import (
    leaky_relu,
    leaky_relu_derivative,
    relu,
    relu_derivative,
    sigmoid,
    sigmoid_derivative,
    tanh,
    tanh_derivative,
)

POINTS = [-5.0, -2.0, -0.7, -0.1, 0.1, 0.7, 2.0, 5.0]  # away from ReLU's kink at 0


def slope(f, z: float, h: float = 1e-5) -> float:
    """Central-difference estimate of f'(z)."""
    return (f(z + h) - f(z - h)) / (2 * h)


def test_values_at_zero():
    assert sigmoid(0.0) == 0.5, f"σ(0) = 1 / (1 + 1) = 0.5, got {sigmoid(0.0)}"
    assert abs(tanh(0.0)) < 1e-15, f"tanh(0) = 0, got {tanh(0.0)}"
    assert relu(0.0) == 0.0 and leaky_relu(0.0) == 0.0, "ReLU and leaky ReLU are 0 at z = 0"
    assert abs(sigmoid_derivative(0.0) - 0.25) < 1e-12, (
        f"σ'(0) = 0.5 · 0.5 = 0.25, got {sigmoid_derivative(0.0)}"
    )
    assert abs(tanh_derivative(0.0) - 1.0) < 1e-12, f"tanh'(0) = 1 - 0 = 1, got {tanh_derivative(0.0)}"


def test_sigmoid_and_tanh_match_known_values():
    assert abs(sigmoid(2.0) - 0.8807970779778823) < 1e-12, f"σ(2) ≈ 0.880797, got {sigmoid(2.0)}"
    for z in POINTS + [-20.0, 20.0]:
        assert abs(tanh(z) - math.tanh(z)) < 1e-12, f"tanh({z}) should be {math.tanh(z)}, got {tanh(z)}"
        assert abs(sigmoid(-z) - (1 - sigmoid(z))) < 1e-12, f"σ(-z) should equal 1 - σ(z) at z = {z}"
        assert abs(tanh(-z) + tanh(z)) < 1e-12, f"tanh(-z) should equal -tanh(z) at z = {z}"


def test_no_overflow_for_large_inputs():
    for z in (1000.0, -1000.0, 710.0, -710.0):
        try:
            s, t = sigmoid(z), tanh(z)
            ds, dt = sigmoid_derivative(z), tanh_derivative(z)
        except OverflowError:
            raise AssertionError(
                f"OverflowError at z = {z}: math.exp of a large positive number overflows; "
                "use a form whose exponent is never positive"
            ) from None
        expected_s = 1.0 if z > 0 else 0.0
        assert abs(s - expected_s) < 1e-12, f"σ({z}) should be {expected_s}, got {s}"
        assert abs(t - math.copysign(1.0, z)) < 1e-12, f"tanh({z}) should be ±1, got {t}"
        assert abs(ds) < 1e-12 and abs(dt) < 1e-12, (
            f"both derivatives are about 0 at z = {z}, got {ds} and {dt}"
        )


def test_sigmoid_keeps_tiny_values_for_negative_inputs():
    got = sigmoid(-30.0)
    assert abs(got - 9.357622968840175e-14) < 1e-20, (
        f"σ(-30) ≈ 9.3576e-14 (tiny but not 0); got {got}. Compute it as e^z / (1 + e^z)."
    )


def test_derivatives_match_numerical_slopes():
    for z in POINTS:
        for name, f, df in [
            ("sigmoid", sigmoid, sigmoid_derivative),
            ("tanh", tanh, tanh_derivative),
            ("relu", relu, relu_derivative),
            ("leaky_relu", leaky_relu, leaky_relu_derivative),
        ]:
            assert abs(df(z) - slope(f, z)) < 1e-7, (
                f"{name}'({z}) = {df(z)} but the numerical slope is {slope(f, z)}"
            )


def test_sigmoid_slope_never_exceeds_a_quarter():
    worst = max(sigmoid_derivative(z / 10) for z in range(-100, 101))
    assert worst <= 0.25 + 1e-15, f"σ'(z) = σ(z)(1 - σ(z)) is at most 0.25, got {worst}"


def test_relu_and_its_derivative():
    assert relu(-3.0) == 0.0 and relu(2.5) == 2.5, f"expected 0 and 2.5, got {relu(-3.0)}, {relu(2.5)}"
    assert relu_derivative(-3.0) == 0.0 and relu_derivative(2.5) == 1.0, "ReLU's slope is 0 left, 1 right"
    assert relu_derivative(0.0) == 0.0, (
        f"at the kink z = 0 use the convention ReLU'(0) = 0, got {relu_derivative(0.0)}"
    )


def test_leaky_relu_uses_alpha_on_the_negative_side():
    assert abs(leaky_relu(-3.0) + 0.03) < 1e-12, f"default alpha 0.01: -3 → -0.03, got {leaky_relu(-3.0)}"
    assert abs(leaky_relu(-3.0, alpha=0.2) + 0.6) < 1e-12, (
        f"alpha 0.2: -3 → -0.6, got {leaky_relu(-3.0, alpha=0.2)}"
    )
    assert leaky_relu(4.0, alpha=0.2) == 4.0, "positive inputs pass through unchanged"
    assert leaky_relu_derivative(-3.0, alpha=0.2) == 0.2 and leaky_relu_derivative(4.0, alpha=0.2) == 1.0, (
        "leaky ReLU's slope is alpha on the left and 1 on the right"
    )
    assert leaky_relu_derivative(0.0) == 0.01, (
        f"at z = 0 use the left-hand slope alpha, got {leaky_relu_derivative(0.0)}"
    )
