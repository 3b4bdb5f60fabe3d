import math

from balanced_class_weights import balanced_class_weights, sample_weights


def test_other_counts():
    w = balanced_class_weights(["a"] * 3 + ["b"] * 1 + ["c"] * 8)
    assert math.isclose(w["a"], 12 / 9) and math.isclose(w["b"], 4.0) and math.isclose(w["c"], 0.5)
    assert sample_weights(["b", "c"], w) == [4.0, 0.5]


def test_single_class():
    assert balanced_class_weights([7, 7, 7]) == {7: 1.0}
