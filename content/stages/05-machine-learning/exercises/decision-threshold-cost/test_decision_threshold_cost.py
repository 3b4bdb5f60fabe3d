import math

import numpy as np

from decision_threshold_cost import min_cost_threshold, threshold_for_recall, total_cost

Y = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
S = np.array([0.9, 0.8, 0.35, 0.3, 0.7, 0.4, 0.2, 0.15, 0.1, 0.05])


def test_total_cost_counts_and_prices_errors():
    got = total_cost(Y, S, 0.5, cost_fp=1, cost_fn=5)
    assert math.isclose(got, 11.0), f"at 0.5 there is 1 FP and 2 FN: 1*1 + 2*5 = 11, got {got}"
    got = total_cost(Y, S, 0.3, cost_fp=2, cost_fn=5)
    assert math.isclose(got, 4.0), (
        f"at 0.3 (score >= 0.3 is flagged) there are 2 FP and 0 FN: 2*2 = 4, got {got}"
    )


def test_expensive_misses_push_the_threshold_down():
    got = min_cost_threshold(Y, S, cost_fp=1, cost_fn=5)
    assert math.isclose(got, 0.3), (
        f"with misses 5 times as costly, flagging down to 0.3 catches all 4 positives "
        f"for 2 false alarms (cost 2); expected 0.3, got {got}"
    )


def test_ties_go_to_the_higher_threshold():
    got = min_cost_threshold(Y, S, cost_fp=1, cost_fn=1)
    assert math.isclose(got, 0.8), (
        f"thresholds 0.8 and 0.3 both cost 2 when errors cost the same; expected the higher, 0.8, got {got}"
    )


def test_flagging_nothing_can_be_cheapest():
    got = min_cost_threshold(np.array([0, 1, 0]), np.array([0.9, 0.2, 0.5]), cost_fp=100, cost_fn=1)
    assert got == float("inf"), (
        f"any threshold that catches the positive also flags a negative costing 100; "
        f"flagging nothing (inf) costs 1. Got {got}"
    )


def test_min_cost_matches_brute_force():
    rng = np.random.default_rng(0)
    y = (rng.random(300) < 0.08).astype(int)
    s = np.round(rng.random(300) * 0.6 + 0.4 * y, 2)
    got = min_cost_threshold(y, s, cost_fp=1, cost_fn=12)
    candidates = np.r_[np.inf, np.unique(s)]
    costs = [np.sum((s >= t) & (y == 0)) + 12 * np.sum((s < t) & (y == 1)) for t in candidates]
    best = min(costs)
    expected = max(t for t, c in zip(candidates, costs) if c == best)
    assert math.isclose(got, expected), f"expected threshold {expected} (cost {best}), got {got}"


def test_threshold_for_recall_is_the_largest_that_reaches_it():
    cases = [(0.5, 0.8), (0.75, 0.35), (0.8, 0.3), (1.0, 0.3), (0.25, 0.9)]
    for target, expected in cases:
        got = threshold_for_recall(Y, S, target)
        assert math.isclose(got, expected), (
            f"for recall >= {target} expected threshold {expected}, got {got}"
        )


def test_bad_arguments_raise_value_error():
    for call, why in (
        (lambda: total_cost(Y, S[:-1], 0.5, 1, 1), "different lengths"),
        (lambda: total_cost(Y, S, 0.5, -1, 1), "a negative cost"),
        (lambda: threshold_for_recall(Y, S, 0.0), "target 0"),
        (lambda: threshold_for_recall(Y, S, 1.2), "target 1.2"),
        (lambda: threshold_for_recall(np.zeros(3), np.array([0.1, 0.2, 0.3]), 0.5), "no positives"),
    ):
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
