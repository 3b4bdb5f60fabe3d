import math

from gini_entropy_split import best_split, entropy, gini


def test_gini_of_known_nodes():
    got = gini([1] * 6 + [0] * 4)
    assert math.isclose(got, 0.48), f"expected 1 - 0.6² - 0.4² = 0.48, got {got}"
    got = gini(["a", "b", "c", "d"])
    assert math.isclose(got, 0.75), (
        f"four classes, one row each: expected 1 - 4·0.25² = 0.75, got {got}"
    )
    assert gini(["x", "x", "x"]) == 0.0, f"a pure node has Gini 0, got {gini(['x', 'x', 'x'])}"


def test_entropy_is_measured_in_bits():
    assert math.isclose(entropy([0, 1]), 1.0), (
        f"a 50/50 node has 1 bit of entropy, got {entropy([0, 1])}"
    )
    got = entropy(["a", "b", "c", "d"])
    assert math.isclose(got, 2.0), f"four equally likely classes give log2(4) = 2 bits, got {got}"
    got = entropy([1] * 6 + [0] * 4)
    assert math.isclose(got, 0.9709505944546686), (
        f"expected -0.6·log2 0.6 - 0.4·log2 0.4 ≈ 0.9710, got {got}"
    )
    assert entropy([7, 7]) == 0.0, f"a pure node has entropy 0, got {entropy([7, 7])}"


def test_empty_node_has_zero_impurity():
    assert gini([]) == 0.0 and entropy([]) == 0.0, (
        f"an empty node should give 0.0 for both measures, got {gini([])} and {entropy([])}"
    )


def test_perfect_split_gains_the_whole_parent_impurity():
    values = [2.0, 7.0, 3.0, 8.0, 1.0, 9.0]
    labels = ["no", "yes", "no", "yes", "no", "yes"]
    got = best_split(values, labels)
    assert got is not None and math.isclose(got[0], 5.0) and math.isclose(got[1], 0.5), (
        "threshold 5.0 (midpoint of 3 and 7) leaves "
        f"both sides pure: expected (5.0, 0.5), got {got}"
    )
    got = best_split(values, labels, criterion="entropy")
    assert got is not None and math.isclose(got[0], 5.0) and math.isclose(got[1], 1.0), (
        f"with entropy the same split gains a full bit: expected (5.0, 1.0), got {got}"
    )


def test_threshold_is_a_midpoint_between_distinct_values():
    values = [3, 1, 2, 1, 3, 2]
    labels = [1, 0, 1, 0, 1, 1]
    got = best_split(values, labels)
    assert got is not None and math.isclose(got[0], 1.5), (
        f"the two 1s are the only class-0 rows: expected threshold 1.5, between 1 and 2, got {got}"
    )
    assert math.isclose(got[1], 4 / 9), (
        f"parent Gini is 4/9 and both children are pure: gain 4/9, got {got[1]}"
    )


def test_equal_gains_keep_the_smallest_threshold():
    got = best_split([1, 2, 3, 4], ["a", "b", "b", "a"])
    assert got is not None and math.isclose(got[0], 1.5), (
        f"thresholds 1.5 and 3.5 both peel off one 'a' with the same gain; expected 1.5, got {got}"
    )
    assert math.isclose(got[1], 1 / 6), f"expected gain 0.5 - 3/4·4/9 = 1/6, got {got[1]}"


def test_gini_and_entropy_can_disagree():
    values = [1, 2, 3, 4, 5, 6, 7, 8]
    labels = ["a", "a", "a", "a", "b", "a", "a", "b"]
    by_gini = best_split(values, labels, "gini")
    by_entropy = best_split(values, labels, "entropy")
    assert by_gini is not None and math.isclose(by_gini[0], 7.5), (
        f"Gini prefers peeling off the last 'b' at 7.5 (gain 9/56 ≈ 0.1607), got {by_gini}"
    )
    assert math.isclose(by_gini[1], 9 / 56), (
        f"expected Gini gain 0.375 - 7/8 · 12/49 = 9/56 ≈ 0.1607, got {by_gini[1]}"
    )
    assert by_entropy is not None and math.isclose(by_entropy[0], 4.5), (
        f"entropy prefers the pure left side at 4.5, got {by_entropy}"
    )
    assert math.isclose(by_entropy[1], 0.31127812445913283), (
        f"expected information gain H(0.25) - 0.5 ≈ 0.3113 bits, got {by_entropy[1]}"
    )


def test_no_split_possible_returns_none():
    assert best_split([5, 5, 5], [0, 1, 0]) is None, (
        "a constant feature cannot be split: expected None"
    )
    assert best_split([4.2], ["x"]) is None, "a single row cannot be split: expected None"
    assert best_split([], []) is None, "no rows: expected None"


def test_bad_arguments_raise_value_error():
    for args, why in [
        (([1, 2], [0, 1], "variance"), "unknown criterion 'variance'"),
        (([1, 2, 3], [0, 1], "gini"), "3 values but 2 labels"),
    ]:
        try:
            best_split(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
