import math

from sigmoid_predict import predict, predict_proba, sigmoid


def test_sigmoid_of_zero_is_one_half():
    got = sigmoid(0.0)
    assert math.isclose(got, 0.5), f"expected σ(0) = 1 / (1 + 1) = 0.5, got {got}"


def test_sigmoid_known_values_and_symmetry():
    assert math.isclose(sigmoid(2.0), 0.8807970779778823, rel_tol=1e-12), (
        f"expected σ(2) ≈ 0.8808, got {sigmoid(2.0)}"
    )
    assert math.isclose(sigmoid(-2.0), 0.11920292202211755, rel_tol=1e-12), (
        f"expected σ(-2) ≈ 0.1192, got {sigmoid(-2.0)}"
    )
    for z in (0.3, 1.7, 5.0, 12.0):
        assert math.isclose(sigmoid(-z), 1 - sigmoid(z), rel_tol=1e-9), (
            f"σ(-{z}) should equal 1 - σ({z})"
        )


def test_sigmoid_survives_huge_inputs():
    try:
        high, low = sigmoid(1000.0), sigmoid(-1000.0)
    except OverflowError:
        raise AssertionError(
            "OverflowError: math.exp(1000) is too large for a float; "
            "for negative z use e^z / (1 + e^z)"
        ) from None
    assert math.isclose(high, 1.0), f"expected σ(1000) ≈ 1.0, got {high}"
    assert 0.0 <= low < 1e-300, f"expected σ(-1000) ≈ 0.0, got {low}"


def test_sigmoid_keeps_tiny_values_for_moderately_negative_input():
    got = sigmoid(-30.0)
    assert math.isclose(got, 9.3576229688393e-14, rel_tol=1e-9), (
        f"expected σ(-30) ≈ 9.3576e-14, got {got}; "
        "computing it as 1 - σ(30) gives 9.348e-14, with only 2 correct digits"
    )


def test_predict_proba_uses_weighted_sum_plus_bias():
    got = predict_proba([2.0, -1.0], 0.5, [1.0, 3.0])
    assert math.isclose(got, 0.3775406687981454, rel_tol=1e-12), (
        f"expected σ(2*1 - 1*3 + 0.5) = σ(-0.5) ≈ 0.3775, got {got}"
    )


def test_predict_applies_the_threshold():
    default = predict([2.0, -1.0], 0.5, [1.0, 3.0])
    lowered = predict([2.0, -1.0], 0.5, [1.0, 3.0], threshold=0.3)
    assert default == 0, f"p ≈ 0.3775 is below 0.5, so expected class 0, got {default!r}"
    assert lowered == 1, (
        f"p ≈ 0.3775 is above the threshold 0.3, so expected class 1, got {lowered!r}"
    )
    assert type(default) is int and type(lowered) is int, (
        "predict should return an int (0 or 1), not a bool"
    )


def test_probability_equal_to_threshold_predicts_one():
    got = predict([0.0, 0.0], 0.0, [4.0, -2.0])  # z = 0, so p = 0.5 exactly
    assert got == 1, f"p = 0.5 with threshold 0.5 should give class 1 (>=), got {got}"


def test_huge_logits_do_not_overflow():
    p = predict_proba([1000.0], 0.0, [-5.0])  # z = -5000
    assert 0.0 <= p < 1e-300, f"expected a probability of about 0 for z = -5000, got {p}"
    assert predict([1000.0], 0.0, [5.0]) == 1, "z = 5000 should predict class 1"


def test_length_mismatch_raises_value_error():
    try:
        predict_proba([1.0, 2.0], 0.0, [1.0])
    except ValueError:
        return
    raise AssertionError("expected ValueError for 2 weights and 1 feature")
