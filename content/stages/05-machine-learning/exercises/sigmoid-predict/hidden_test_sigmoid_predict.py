# Hidden tests: other z values, weights, biases and thresholds than the visible ones, checked
# against the formula computed here; also deep negative z, no features, and other length mismatches.
import math

from sigmoid_predict import predict, predict_proba, sigmoid


def test_sigmoid_on_other_points():
    for z in (-9.5, -3.3, -0.8, -0.01, 0.01, 0.6, 2.9, 7.25, 15.0):
        want = 1.0 / (1.0 + math.exp(-z))
        assert math.isclose(sigmoid(z), want, rel_tol=1e-12), f"σ({z}) should be {want}, got {sigmoid(z)}"
        assert math.isclose(sigmoid(z) + sigmoid(-z), 1.0, rel_tol=1e-12), f"σ({z}) + σ({-z}) should be 1"


def test_deep_negative_inputs_keep_full_precision():
    for z in (-45.0, -120.0, -600.0):
        got = sigmoid(z)
        assert math.isclose(got, math.exp(z), rel_tol=1e-9), (
            f"σ({z}) ≈ e^{z} = {math.exp(z):.6e}, got {got}; use e^z / (1 + e^z) for negative z"
        )
    for z in (710.0, -710.0, 1e308, -1e308):
        try:
            got = sigmoid(z)
        except OverflowError:
            raise AssertionError(f"OverflowError at z = {z}") from None
        assert abs(got - (1.0 if z > 0 else 0.0)) < 1e-300, f"σ({z}) should be {1.0 if z > 0 else 0.0}, got {got}"


def test_predict_proba_with_other_models():
    weights, bias, x = [0.5, -1.5, 2.0], -0.75, [4.0, 1.0, -0.5]
    z = 0.5 * 4 - 1.5 * 1 + 2.0 * -0.5 - 0.75  # = -1.25
    got = predict_proba(weights, bias, x)
    assert math.isclose(got, 1 / (1 + math.exp(-z)), rel_tol=1e-12), f"expected σ(-1.25) ≈ 0.2227, got {got}"
    assert math.isclose(predict_proba([], 2.0, []), 1 / (1 + math.exp(-2.0)), rel_tol=1e-12), (
        "with no features the probability is σ(bias)"
    )
    got = predict_proba([3.0, 4.0], 1.0, [100.0, 200.0])
    assert math.isclose(got, 1.0), f"z = 1101 gives a probability of about 1, got {got}"


def test_predict_with_other_thresholds():
    weights, bias, x = [0.5, -1.5, 2.0], -0.75, [4.0, 1.0, -0.5]  # p ≈ 0.2227
    for threshold, want in [(0.5, 0), (0.2, 1), (0.23, 0), (0.01, 1), (0.99, 0)]:
        got = predict(weights, bias, x, threshold=threshold)
        assert got == want and type(got) is int, (
            f"p ≈ 0.2227 with threshold {threshold}: expected the int {want}, got {got!r}"
        )
    p = sigmoid(1.0)
    got = predict([1.0], 0.0, [1.0], threshold=p)
    assert got == 1, f"p equal to the threshold ({p}) gives 1, got {got!r}"
    assert predict([2.0], -1.0, [0.5]) == 1, "z = 0 gives p = 0.5, which reaches the default threshold"


def test_other_length_mismatches_raise_value_error():
    cases = [
        (lambda: predict_proba([1.0], 0.0, [1.0, 2.0, 3.0]), "1 weight and 3 features"),
        (lambda: predict_proba([], 0.0, [1.0]), "no weights and 1 feature"),
        (lambda: predict([1.0, 2.0], 0.0, [1.0]), "predict with 2 weights and 1 feature"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
