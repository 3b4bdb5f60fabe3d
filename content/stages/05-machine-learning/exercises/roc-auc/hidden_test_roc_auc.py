# Hidden tests: other labels and scores than the visible ones (negative and integer scores, heavy
# ties, one example per class), checked against pair counting and a threshold sweep written here.
import math
import random

from roc_auc import roc_auc, roc_curve


def pair_auc(y, s):
    pos = [v for v, label in zip(s, y) if label == 1]
    neg = [v for v, label in zip(s, y) if label == 0]
    return sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))


def sweep(y, s):
    n_pos, n_neg = sum(y), len(y) - sum(y)
    points = [(0.0, 0.0)]
    for t in sorted(set(s), reverse=True):
        tp = sum(1 for v, label in zip(s, y) if v >= t and label == 1)
        fp = sum(1 for v, label in zip(s, y) if v >= t and label == 0)
        points.append((fp / n_neg, tp / n_pos))
    return points


def same_points(got, want):
    return len(got) == len(want) and all(
        math.isclose(a, c, abs_tol=1e-12) and math.isclose(b, d, abs_tol=1e-12) for (a, b), (c, d) in zip(got, want)
    )


def test_random_scores_with_ties_match_pair_counting_and_a_threshold_sweep():
    rng = random.Random(1357)
    for trial in range(8):
        n = rng.randint(2, 35)
        y = [rng.randint(0, 1) for _ in range(n)]
        y[0], y[-1] = 1, 0
        s = [rng.randint(-4, 4) + 0.5 * label for label in y]  # integer-ish scores, many ties
        got = roc_auc(y, s)
        assert math.isclose(got, pair_auc(y, s)), f"labels {y}, scores {s}: expected AUC {pair_auc(y, s)}, got {got}"
        got = roc_curve(y, s)
        assert same_points(got, sweep(y, s)), f"labels {y}, scores {s}: expected curve {sweep(y, s)}, got {got}"


def test_a_small_case_by_hand():
    y = [0, 1, 0, 1, 1]
    s = [-0.2, 3.0, 1.5, 1.5, -1.0]
    # pairs: 3.0 beats both negatives (2); 1.5 beats -0.2 and ties 1.5 (1.5); -1.0 beats none (0)
    got = roc_auc(y, s)
    assert math.isclose(got, 3.5 / 6), f"3.5 of 6 pairs: expected 0.5833, got {got}"
    want = [(0.0, 0.0), (0.0, 1 / 3), (0.5, 2 / 3), (1.0, 2 / 3), (1.0, 1.0)]
    got = roc_curve(y, s)
    assert same_points(got, want), f"expected {want}, got {got}"
    assert all(isinstance(a, float) and isinstance(b, float) for a, b in got), "points are tuples of floats"


def test_one_example_per_class():
    assert roc_auc([0, 1], [5, 2]) == 0.0, "the only positive scores lower: AUC 0.0"
    assert roc_auc((1, 0), (7, 7)) == 0.5, "one tied pair: AUC 0.5"
    got = roc_curve([1, 0], [0.9, 0.1])
    assert same_points(got, [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0)]), f"expected [(0, 0), (0, 1), (1, 1)], got {got}"
    got = roc_curve([1, 0], [0.3, 0.3])
    assert same_points(got, [(0.0, 0.0), (1.0, 1.0)]), f"one tied score gives one diagonal step, got {got}"


def test_inputs_are_not_changed():
    y = [1, 0, 0, 1, 0]
    s = [0.2, 0.9, 0.4, 0.8, 0.1]
    y0, s0 = y[:], s[:]
    roc_auc(y, s)
    roc_curve(y, s)
    assert y == y0 and s == s0, "roc_auc and roc_curve must not sort or change their inputs"


def test_other_bad_inputs_raise_value_error():
    cases = [
        ([0, 0, 0], [0.1, 0.2, 0.3], "only negatives"),
        ([], [], "no examples at all"),
        ([1, -1, 0], [0.1, 0.2, 0.3], "the label -1"),
        ([1, 0, 1], [0.1, 0.2], "3 labels but 2 scores"),
    ]
    for labels, scores, why in cases:
        for function in (roc_auc, roc_curve):
            try:
                function(labels, scores)
            except ValueError:
                continue
            raise AssertionError(f"expected {function.__name__} to raise ValueError for {why}")
