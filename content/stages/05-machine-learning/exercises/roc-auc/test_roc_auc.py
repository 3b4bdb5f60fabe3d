import math
import random

from roc_auc import roc_auc, roc_curve

Y = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
S = [0.9, 0.8, 0.35, 0.3, 0.7, 0.4, 0.2, 0.15, 0.1, 0.05]


def close_points(got, expected) -> bool:
    return len(got) == len(expected) and all(
        math.isclose(gx, ex, abs_tol=1e-12) and math.isclose(gy, ey, abs_tol=1e-12)
        for (gx, gy), (ex, ey) in zip(got, expected)
    )


def trapezoid_area(points) -> float:
    return sum((x1 - x0) * (y0 + y1) / 2 for (x0, y0), (x1, y1) in zip(points, points[1:]))


def test_lesson_example():
    got = roc_auc(Y, S)
    assert math.isclose(got, 20 / 24), (
        f"20 of the 24 (positive, negative) pairs are ranked correctly: expected 0.8333, got {got}"
    )


def test_perfect_and_reversed_rankings():
    got = roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])
    assert math.isclose(got, 1.0), (
        f"every positive outranks every negative: expected 1.0, got {got}"
    )
    got = roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])
    assert math.isclose(got, 0.0), (
        f"every negative outranks every positive: expected 0.0, got {got}"
    )


def test_tied_scores_count_one_half():
    got = roc_auc([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5])
    assert math.isclose(got, 0.5), (
        f"all scores tie, so every pair counts 1/2: expected 0.5, got {got}"
    )
    got = roc_auc([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.1])
    assert math.isclose(got, 3.5 / 4), (
        f"three pairs are won and one (0.5 vs 0.5) is tied: expected 3.5 / 4 = 0.875, got {got}"
    )


def test_auc_depends_only_on_the_ranking():
    transformed = [100 * s**3 - 7 for s in S]  # increasing, so the order is unchanged
    got = roc_auc(Y, transformed)
    assert math.isclose(got, 20 / 24), (
        f"an increasing transform keeps every ranking: expected 0.8333, got {got}"
    )


def test_roc_curve_of_the_lesson_example():
    got = roc_curve(Y, S)
    expected = [
        (0, 0), (0, 0.25), (0, 0.5), (1 / 6, 0.5), (2 / 6, 0.5), (2 / 6, 0.75),
        (2 / 6, 1), (3 / 6, 1), (4 / 6, 1), (5 / 6, 1), (1, 1),
    ]
    assert close_points(got, expected), (
        "start at (0, 0); each lower threshold adds one example: a positive "
        f"moves up by 1/4, a negative right by 1/6. Expected {expected}, got {got}"
    )


def test_tied_scores_move_the_curve_in_one_diagonal_step():
    got = roc_curve([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.1])
    expected = [(0, 0), (0, 0.5), (0.5, 1), (1, 1)]
    assert close_points(got, expected), (
        "the positive and the negative scored 0.5 become positive at the same threshold, so "
        f"the curve goes from (0, 0.5) straight to (0.5, 1). Expected {expected}, got {got}"
    )


def test_area_under_the_curve_equals_the_pairwise_auc():
    rng = random.Random(0)
    y = [rng.randint(0, 1) for _ in range(60)]
    y[0], y[1] = 0, 1  # both classes present
    scores = [round(rng.random() + 0.3 * label, 1) for label in y]  # rounding creates many ties
    points = roc_curve(y, scores)
    assert points[0] == (0.0, 0.0) and points[-1] == (1.0, 1.0), (
        f"the curve must run from (0, 0) to (1, 1), got {points[0]} ... {points[-1]}"
    )
    assert all(x0 <= x1 and y0 <= y1 for (x0, y0), (x1, y1) in zip(points, points[1:])), (
        "FPR and TPR can only grow as the threshold falls"
    )
    assert len(points) == len(set(scores)) + 1, (
        "expected one point per distinct score plus (0, "
        f"0): {len(set(scores)) + 1}, got {len(points)}"
    )
    area, auc = trapezoid_area(points), roc_auc(y, scores)
    assert math.isclose(area, auc), (
        f"the trapezoid area under the curve ({area}) should equal the AUC ({auc})"
    )


def test_bad_inputs_raise_value_error():
    cases = [
        ([1, 1, 1], [0.2, 0.5, 0.9], "only positives (no negative to compare with)"),
        ([1, 0, 2], [0.2, 0.5, 0.9], "the label 2"),
        ([1, 0], [0.2, 0.5, 0.9], "2 labels but 3 scores"),
    ]
    for labels, scores, why in cases:
        for function in (roc_auc, roc_curve):
            try:
                function(labels, scores)
            except ValueError:
                continue
            raise AssertionError(f"expected {function.__name__} to raise ValueError for {why}")
