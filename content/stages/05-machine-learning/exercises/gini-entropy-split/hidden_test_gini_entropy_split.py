# Hidden tests: other nodes and feature columns than the visible ones (negative values, three
# classes, repeated values, several tied thresholds), checked against a brute-force search here.
import math
import random
from collections import Counter

from gini_entropy_split import best_split, entropy, gini


def ref_gini(labels):
    n = len(labels)
    return 1 - sum((c / n) ** 2 for c in Counter(labels).values()) if n else 0.0


def ref_entropy(labels):
    n = len(labels)
    return -sum((c / n) * math.log2(c / n) for c in Counter(labels).values()) if n else 0.0


def ref_best_split(values, labels, criterion):
    impurity = ref_gini if criterion == "gini" else ref_entropy
    distinct = sorted(set(values))
    best = None
    for low, high in zip(distinct, distinct[1:]):
        t = (low + high) / 2
        left = [y for x, y in zip(values, labels) if x <= t]
        right = [y for x, y in zip(values, labels) if x > t]
        n = len(labels)
        gain = impurity(labels) - (len(left) * impurity(left) + len(right) * impurity(right)) / n
        if best is None or gain > best[1] + 1e-12:
            best = (t, gain)
    return best


def test_impurities_of_other_nodes():
    for labels in (["r", "g", "g", "b", "b", "b"], [4] * 9 + [5], [True, False, False], list("abcdefgh")):
        assert math.isclose(gini(labels), ref_gini(labels), abs_tol=1e-12), (
            f"gini({labels}) should be {ref_gini(labels)}, got {gini(labels)}"
        )
        assert math.isclose(entropy(labels), ref_entropy(labels), abs_tol=1e-12), (
            f"entropy({labels}) should be {ref_entropy(labels)}, got {entropy(labels)}"
        )
    assert gini(["only"]) == 0.0 and entropy(["only"]) == 0.0, "a single row is a pure node: 0.0"


def test_random_columns_match_a_brute_force_search():
    rng = random.Random(31)
    for trial in range(6):
        n = rng.randint(5, 25)
        values = [rng.randint(-6, 6) * 0.5 for _ in range(n)]  # many repeated values
        labels = [rng.choice(["x", "y", "z"]) for _ in range(n)]
        for criterion in ("gini", "entropy"):
            got = best_split(values, labels, criterion)
            want = ref_best_split(values, labels, criterion)
            if want is None:
                assert got is None, f"{criterion}, values {values}: no split possible, got {got}"
                continue
            assert got is not None and math.isclose(got[0], want[0]) and math.isclose(got[1], want[1], abs_tol=1e-9), (
                f"{criterion} on values {values} and labels {labels}: expected {want}, got {got}"
            )


def test_negative_values_and_three_classes():
    values = [-4.0, -1.0, -3.0, 2.0, 0.0, 6.0]
    labels = ["low", "mid", "low", "high", "mid", "high"]
    got = best_split(values, labels)
    # threshold -2.0 peels off both "low" rows: gain 2/3 - 4/6 · 1/2 = 1/3 (ties with 1.0, keep -2.0)
    assert got is not None and math.isclose(got[0], -2.0) and math.isclose(got[1], 1 / 3), (
        f"expected (-2.0, 1/3): midpoint of -3 and -1, the smaller of two equal gains; got {got}"
    )
    got = best_split(values, labels, "entropy")
    assert got is not None and math.isclose(got[0], -2.0) and math.isclose(got[1], math.log2(3) - 2 / 3), (
        f"expected (-2.0, log2 3 − 2/3 ≈ {math.log2(3) - 2 / 3:.4f}) with entropy, got {got}"
    )


def test_two_distinct_values_give_their_midpoint_and_repeats_stay_together():
    got = best_split([10, 3, 10, 3, 10], [1, 0, 0, 0, 1])
    # left {3, 3} = [0, 0] pure; right {10, 10, 10} = [1, 0, 1]
    want_gain = ref_gini([1, 0, 0, 0, 1]) - 3 / 5 * ref_gini([1, 0, 1])
    assert got is not None and math.isclose(got[0], 6.5) and math.isclose(got[1], want_gain), (
        f"only one threshold, 6.5, exists between 3 and 10: expected (6.5, {want_gain:.4f}), got {got}"
    )


def test_all_candidates_tie_and_inputs_are_unchanged():
    values = [9, 1, 5, 3, 7]
    labels = ["same"] * 5
    snapshot = (values[:], labels[:])
    got = best_split(values, labels, "entropy")
    assert got is not None and math.isclose(got[0], 2.0) and abs(got[1]) < 1e-12, (
        f"a pure parent gains nothing anywhere: every threshold ties at 0, keep the smallest (2.0); got {got}"
    )
    assert (values, labels) == snapshot, "best_split must not sort or change its inputs"
    try:
        best_split([1, 2], [0, 1], "Gini")
    except ValueError:
        pass
    else:
        raise AssertionError("criterion names are exact: 'Gini' should raise ValueError")
