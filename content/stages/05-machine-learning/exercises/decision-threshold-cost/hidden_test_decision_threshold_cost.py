import math

import numpy as np

from decision_threshold_cost import min_cost_threshold, threshold_for_recall, total_cost


def test_other_data():
    y = np.array([0, 1, 0, 0, 1, 1, 0, 0])
    s = np.array([0.95, 0.9, 0.6, 0.6, 0.55, 0.3, 0.2, 0.1])
    assert math.isclose(total_cost(y, s, 0.6, 3, 7), 3 * 3 + 7 * 2)
    assert math.isclose(min_cost_threshold(y, s, 1, 10), 0.3)
    assert math.isclose(min_cost_threshold(y, s, 10, 1), float("inf"))
    assert math.isclose(threshold_for_recall(y, s, 2 / 3), 0.55)
    assert math.isclose(threshold_for_recall(y, s, 0.3), 0.9)


def test_brute_force_other_costs():
    rng = np.random.default_rng(5)
    y = (rng.random(200) < 0.15).astype(int)
    s = np.round(rng.random(200) * 0.7 + 0.3 * y, 2)
    candidates = np.r_[np.inf, np.unique(s)]
    costs = [3 * np.sum((s >= t) & (y == 0)) + 8 * np.sum((s < t) & (y == 1)) for t in candidates]
    expected = max(t for t, c in zip(candidates, costs) if c == min(costs))
    assert math.isclose(min_cost_threshold(y, s, 3, 8), expected)
