# Hidden tests: other inputs than the visible ones (other points, other alphas, inputs near the
# limits of a float), each checked against math.tanh, the textbook formula or a numerical slope.
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

OTHER_POINTS = [-8.3, -3.1, -1.25, -0.45, -0.02, 0.02, 0.33, 1.7, 4.4, 11.0]


def slope(f, z, h=1e-6):
    return (f(z + h) - f(z - h)) / (2 * h)


def test_sigmoid_and_tanh_on_other_points():
    for z in OTHER_POINTS:
        want_s = 1.0 / (1.0 + math.exp(-z))
        assert math.isclose(sigmoid(z), want_s, rel_tol=1e-12, abs_tol=1e-15), (
            f"sigmoid({z}) should be {want_s}, got {sigmoid(z)}"
        )
        assert math.isclose(tanh(z), math.tanh(z), rel_tol=1e-12, abs_tol=1e-15), (
            f"tanh({z}) should be {math.tanh(z)}, got {tanh(z)}"
        )
        s = sigmoid(z)
        assert math.isclose(sigmoid_derivative(z), s * (1 - s), rel_tol=1e-9, abs_tol=1e-15), (
            f"sigmoid'({z}) should be σ(z)(1 − σ(z)) = {s * (1 - s)}, got {sigmoid_derivative(z)}"
        )
        t = math.tanh(z)
        assert math.isclose(tanh_derivative(z), 1 - t * t, rel_tol=1e-9, abs_tol=1e-15), (
            f"tanh'({z}) should be 1 − tanh²(z) = {1 - t * t}, got {tanh_derivative(z)}"
        )


def test_tiny_sigmoid_values_deep_on_the_negative_side_are_not_rounded_to_zero():
    for z in (-50.0, -200.0, -700.0):
        want = math.exp(z)  # σ(z) = e^z / (1 + e^z) ≈ e^z when z is very negative
        got = sigmoid(z)
        assert math.isclose(got, want, rel_tol=1e-9), (
            f"σ({z}) ≈ e^{z} = {want:.6e}; got {got}. Do not clip the input or round tiny values to 0."
        )


def test_extreme_floats_do_not_raise():
    for z in (709.9, -709.9, 800.0, -800.0, 1e6, -1e6, 1e300, -1e300):
        try:
            values = (sigmoid(z), tanh(z), sigmoid_derivative(z), tanh_derivative(z))
        except (OverflowError, ZeroDivisionError) as err:
            raise AssertionError(
                f"{type(err).__name__} at z = {z}: every function must work for any float"
            ) from None
        s, t, ds, dt = values
        assert abs(s - (1.0 if z > 0 else 0.0)) < 1e-300, f"σ({z}) should be {1.0 if z > 0 else 0.0}, got {s}"
        assert t == math.copysign(1.0, z), f"tanh({z}) should be {math.copysign(1.0, z)}, got {t}"
        assert 0.0 <= ds < 1e-300 and 0.0 <= dt < 1e-300, (
            f"both slopes are (about) 0 at z = {z}, got {ds} and {dt}"
        )


def test_leaky_relu_with_other_alphas():
    for alpha in (0.05, 0.3, 0.5):
        for z in (-6.0, -0.4, 0.25, 3.0):
            want = z if z > 0 else alpha * z
            got = leaky_relu(z, alpha=alpha)
            assert math.isclose(got, want, abs_tol=1e-15), (
                f"leaky_relu({z}, alpha={alpha}) should be {want}, got {got}"
            )
            d = leaky_relu_derivative(z, alpha=alpha)
            num = slope(lambda x: leaky_relu(x, alpha=alpha), z)
            assert math.isclose(d, num, abs_tol=1e-6), (
                f"leaky_relu'({z}) with alpha {alpha} should be {num:.4f}, got {d}"
            )
        assert leaky_relu_derivative(0.0, alpha=alpha) == alpha, (
            f"at z = 0 the slope is alpha = {alpha} (left-hand side), got "
            f"{leaky_relu_derivative(0.0, alpha=alpha)}"
        )
        assert leaky_relu(0.0, alpha=alpha) == 0.0, "leaky ReLU is 0 at z = 0 for any alpha"


def test_relu_near_zero_and_on_large_inputs():
    assert relu(-1e-300) == 0.0 and relu_derivative(-1e-300) == 0.0, (
        "a tiny negative input is still on the flat side: value 0, slope 0"
    )
    assert relu(1e-300) == 1e-300 and relu_derivative(1e-300) == 1.0, (
        f"a tiny positive input passes through with slope 1, got {relu(1e-300)}, {relu_derivative(1e-300)}"
    )
    assert relu(123.456) == 123.456 and relu(-987.0) == 0.0, (
        f"relu(123.456) = 123.456 and relu(-987) = 0, got {relu(123.456)}, {relu(-987.0)}"
    )
    for z in (-2.2, -0.3, 0.3, 6.5):
        assert math.isclose(relu_derivative(z), slope(relu, z), abs_tol=1e-6), (
            f"relu'({z}) should match the numerical slope {slope(relu, z):.4f}, got {relu_derivative(z)}"
        )
