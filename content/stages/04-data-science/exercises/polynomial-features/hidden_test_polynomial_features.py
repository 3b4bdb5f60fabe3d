# Hidden tests: other rows and names than the visible ones - random rows of every width checked
# against itertools' pairs in the documented order, negative values and other feature names.
import itertools
import math
import random

from polynomial_features import polynomial_feature_names, polynomial_features


def test_random_rows_match_pairs_in_order():
    rng = random.Random(4)
    for d in range(1, 7):
        row = [round(rng.uniform(-9, 9), 2) for _ in range(d)]
        pairs = [row[i] * row[j] for i, j in itertools.combinations_with_replacement(range(d), 2)]
        for bias in (True, False):
            want = ([1] if bias else []) + row + pairs
            got = polynomial_features(row, include_bias=bias)
            assert len(got) == len(want) and all(math.isclose(a, b) for a, b in zip(got, want)), (
                f"row {row}, include_bias={bias}: expected {want}, got {got}"
            )


def test_negative_values_keep_the_sign_rules():
    got = polynomial_features([-2, 0.5, -3], include_bias=False)
    want = [-2, 0.5, -3, 4, -1.0, 6, 0.25, -1.5, 9]
    assert got == want, (
        "x0^2 = 4, x0x1 = -1, x0x2 = 6, x1^2 = 0.25, x1x2 = -1.5, x2^2 = 9: expected "
        f"{want}, got {got}"
    )
    assert polynomial_features([0]) == [1, 0, 0], "a single zero gives [1, 0, 0]"


def test_names_for_other_widths():
    got = polynomial_feature_names(["x"])
    assert got == ["1", "x", "x^2"], f"one feature: expected ['1', 'x', 'x^2'], got {got}"
    got = polynomial_feature_names(["w", "h", "d", "t"], include_bias=False)
    want = ["w", "h", "d", "t", "w^2", "w h", "w d", "w t", "h^2", "h d", "h t", "d^2", "d t", "t^2"]
    assert got == want, f"expected {want}, got {got}"
    assert polynomial_feature_names([], include_bias=False) == [], "no names and no bias give []"
    assert polynomial_feature_names([]) == ["1"], "no names with the bias give ['1']"


def test_lengths_agree_and_inputs_are_new_lists():
    for d in (2, 5, 8):
        row = [float(i + 1) for i in range(d)]
        names = [f"f{i}" for i in range(d)]
        values = polynomial_features(row, include_bias=False)
        labels = polynomial_feature_names(names, include_bias=False)
        want = d + d * (d + 1) // 2
        assert len(values) == len(labels) == want, (
            f"d = {d}: expected {want} values and names, got {len(values)} and {len(labels)}"
        )
        assert values is not row and labels is not names, "return new lists, not the inputs"
        assert row == [float(i + 1) for i in range(d)] and names == [f"f{i}" for i in range(d)], (
            "the inputs must not be changed"
        )
