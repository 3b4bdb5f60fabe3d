import math
import random

from polynomial_features import polynomial_feature_names, polynomial_features


def test_two_features_with_bias():
    got = polynomial_features([2, 3])
    assert got == [1, 2, 3, 4, 6, 9], (
        f"expected [1, x0, x1, x0^2, x0*x1, x1^2] = [1, 2, 3, 4, 6, 9], got {got}"
    )


def test_bias_can_be_left_out():
    got = polynomial_features([2, 3], include_bias=False)
    assert got == [2, 3, 4, 6, 9], f"without the bias expected [2, 3, 4, 6, 9], got {got}"


def test_three_features_are_ordered_by_i_then_j():
    got = polynomial_features([1, 2, 3], include_bias=False)
    assert got == [1, 2, 3, 1, 2, 3, 4, 6, 9], (
        "expected x0 x1 x2 then x0^2 x0x1 x0x2 x1^2 x1x2 x2^2 = [1, 2, 3, 1, 2, 3, 4, 6, 9], got "
        f"{got}"
    )


def test_each_interaction_appears_once():
    for d in range(0, 7):
        got = len(polynomial_features([1.0] * d))
        want = 1 + d + d * (d + 1) // 2
        assert got == want, (
            f"with {d} features expected 1 + {d} + {d}*{d + 1}/2 = {want} values, got {got}; did "
            "you list both x_i*x_j and x_j*x_i?"
        )


def test_names_follow_the_same_order():
    got = polynomial_feature_names(["area", "rooms"])
    assert got == ["1", "area", "rooms", "area^2", "area rooms", "rooms^2"], (
        f"expected ['1', 'area', 'rooms', 'area^2', 'area rooms', 'rooms^2'], got {got}"
    )
    got = polynomial_feature_names(["a", "b", "c"], include_bias=False)
    assert got == ["a", "b", "c", "a^2", "a b", "a c", "b^2", "b c", "c^2"], (
        f"expected ['a', 'b', 'c', 'a^2', 'a b', 'a c', 'b^2', 'b c', 'c^2'], got {got}"
    )


def test_names_describe_the_values():
    rng = random.Random(0)
    values = [rng.uniform(-5, 5) for _ in range(4)]
    names = ["p", "q", "r", "s"]
    env = dict(zip(names, values))
    features = polynomial_features(values)
    labels = polynomial_feature_names(names)
    assert len(features) == len(labels), f"{len(features)} values but {len(labels)} names"
    for label, value in zip(labels, features):
        if label == "1":
            want = 1.0
        elif label.endswith("^2"):
            want = env[label[:-2]] ** 2
        else:
            want = math.prod(env[part] for part in label.split(" "))
        assert math.isclose(value, want, rel_tol=1e-12), (
            f"the feature named {label!r} should be {want}, got {value}"
        )


def test_small_rows():
    assert polynomial_features([-4]) == [1, -4, 16], "one feature x = -4 should give [1, -4, 16]"
    assert polynomial_features([]) == [1], "an empty row with the bias should give [1]"
    assert polynomial_features([], include_bias=False) == [], (
        "an empty row without the bias should give []"
    )


def test_inputs_are_not_modified():
    row, names = [2.0, 3.0], ["a", "b"]
    polynomial_features(row)
    polynomial_feature_names(names)
    assert row == [2.0, 3.0] and names == ["a", "b"], f"inputs changed to {row} and {names}"
