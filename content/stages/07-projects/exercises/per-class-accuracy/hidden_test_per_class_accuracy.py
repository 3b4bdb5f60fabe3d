# Hidden tests: other labels and sizes than the visible ones — a seeded random run checked against
# counting done here, three-way ties, a predicted-only class as the top mistake, all-wrong input.
import random
from collections import Counter

from per_class_accuracy import most_confused_pair, per_class_accuracy


def test_random_predictions_match_a_direct_count():
    rng = random.Random(2024)
    classes = ["ant", "bee", "fly", "moth", "wasp"]
    y_true = [rng.choice(classes) for _ in range(300)]
    y_pred = [t if rng.random() < 0.6 else rng.choice(classes) for t in y_true]
    got = per_class_accuracy(y_true, y_pred)
    assert set(got) == set(y_true), f"expected one entry per true class, got {sorted(got)}"
    for c in set(y_true):
        n_c = y_true.count(c)
        right = sum(1 for t, p in zip(y_true, y_pred) if t == c and p == c)
        assert abs(got[c] - right / n_c) < 1e-12, f"class {c!r}: expected {right}/{n_c}, got {got[c]}"
    mistakes = Counter((t, p) for t, p in zip(y_true, y_pred) if t != p)
    top = max(mistakes.values())
    want_pair = min(pair for pair, n in mistakes.items() if n == top)
    assert most_confused_pair(y_true, y_pred) == (*want_pair, top), (
        f"expected {(*want_pair, top)}, got {most_confused_pair(y_true, y_pred)}"
    )


def test_three_way_tie_goes_to_the_smallest_pair():
    y_true = [3, 3, 5, 5, 4, 4, 4]
    y_pred = [9, 9, 1, 1, 0, 0, 4]
    got = most_confused_pair(y_true, y_pred)
    assert got == (3, 9, 2), f"(3, 9), (4, 0) and (5, 1) all occur twice; (3, 9) sorts first, got {got}"
    got = most_confused_pair(["b", "a", "c"], ["a", "c", "b"])
    assert got == ("a", "c", 1), f"three single mistakes: ('a', 'c') is the smallest pair, got {got}"


def test_class_only_in_predictions_is_the_top_mistake():
    y_true = ["truck", "truck", "car", "car", "car"]
    y_pred = ["bus", "bus", "car", "bus", "car"]
    got = per_class_accuracy(y_true, y_pred)
    assert got.keys() == {"truck", "car"} and got["truck"] == 0.0 and abs(got["car"] - 2 / 3) < 1e-12, (
        f"expected {{'truck': 0.0, 'car': 0.667}} and no entry for 'bus', got {got}"
    )
    assert most_confused_pair(y_true, y_pred) == ("truck", "bus", 2), (
        f"trucks read as buses twice, got {most_confused_pair(y_true, y_pred)}"
    )


def test_single_example_and_all_wrong():
    assert per_class_accuracy([7], [7]) == {7: 1.0} and most_confused_pair([7], [7]) is None, "one correct example"
    got = per_class_accuracy([1, 2, 2], [2, 1, 1])
    assert got == {1: 0.0, 2: 0.0}, f"every prediction is wrong: both classes get 0.0, got {got}"
    assert most_confused_pair([1, 2, 2], [2, 1, 1]) == (2, 1, 2), "2 was read as 1 twice"


def test_mismatched_lengths_and_unchanged_inputs():
    y_true, y_pred = [0, 1, 1], [1, 1, 0]
    per_class_accuracy(y_true, y_pred)
    most_confused_pair(y_true, y_pred)
    assert y_true == [0, 1, 1] and y_pred == [1, 1, 0], "inputs must not change"
    for call in (per_class_accuracy, most_confused_pair):
        try:
            call([], ["cat"])
        except ValueError:
            continue
        raise AssertionError(f"{call.__name__}: expected ValueError for 0 labels and 1 prediction")
