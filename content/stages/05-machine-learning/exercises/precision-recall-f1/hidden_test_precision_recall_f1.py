# Hidden tests: other label lists than the visible ones, with TP/FP/FN counted here for both choices
# of the positive class; also empty input, tuples, float return types and other zero denominators.
import math
import random

from precision_recall_f1 import f1_score, precision, recall


def counts(y_true, y_pred, positive):
    tp = sum(t == positive and p == positive for t, p in zip(y_true, y_pred))
    fp = sum(t != positive and p == positive for t, p in zip(y_true, y_pred))
    fn = sum(t == positive and p != positive for t, p in zip(y_true, y_pred))
    return tp, fp, fn


def test_random_labels_for_both_positive_classes():
    rng = random.Random(4242)
    for trial in range(20):
        n = rng.randint(1, 40)
        y_true = [rng.randint(0, 1) for _ in range(n)]
        y_pred = [rng.randint(0, 1) for _ in range(n)]
        for positive in (0, 1):
            tp, fp, fn = counts(y_true, y_pred, positive)
            want = (
                tp / (tp + fp) if tp + fp else 0.0,
                tp / (tp + fn) if tp + fn else 0.0,
                2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
            )
            got = (
                precision(y_true, y_pred, positive),
                recall(y_true, y_pred, positive),
                f1_score(y_true, y_pred, positive=positive),
            )
            assert all(math.isclose(g, w) for g, w in zip(got, want)), (
                f"positive={positive}, TP={tp}, FP={fp}, FN={fn}: expected (P, R, F1) = {want}, got {got}"
            )


def test_a_small_case_by_hand():
    y_true = [0, 1, 1, 0, 1, 1, 0]
    y_pred = [1, 1, 0, 0, 1, 1, 1]  # TP 3, FP 2, FN 1
    p, r, f = precision(y_true, y_pred), recall(y_true, y_pred), f1_score(y_true, y_pred)
    assert math.isclose(p, 3 / 5) and math.isclose(r, 3 / 4) and math.isclose(f, 6 / 9), (
        f"TP 3, FP 2, FN 1: expected (0.6, 0.75, 2/3), got {(p, r, f)}"
    )
    # positive=0: TP 1 (index 3), FP 1 (index 2), FN 2 (indices 0 and 6)
    p, r, f = precision(y_true, y_pred, 0), recall(y_true, y_pred, 0), f1_score(y_true, y_pred, 0)
    assert math.isclose(p, 0.5) and math.isclose(r, 1 / 3) and math.isclose(f, 2 / 5), (
        f"with positive=0, TP 1, FP 1, FN 2: expected (0.5, 1/3, 0.4), got {(p, r, f)}"
    )


def test_empty_input_and_tuples_give_floats():
    got = (precision([], []), recall([], []), f1_score([], []))
    assert got == (0.0, 0.0, 0.0), f"no examples: every denominator is 0, so expected 0.0 three times, got {got}"
    y_true, y_pred = (1, 0, 1, 1), (1, 1, 1, 1)
    got = (precision(y_true, y_pred), recall(y_true, y_pred), f1_score(y_true, y_pred))
    assert all(isinstance(v, float) for v in got), f"return floats, got {[type(v).__name__ for v in got]}"
    assert math.isclose(got[0], 0.75) and got[1] == 1.0 and math.isclose(got[2], 6 / 7), (
        f"TP 3, FP 1, FN 0: expected (0.75, 1.0, 6/7), got {got}"
    )


def test_everything_predicted_positive_with_no_actual_positives():
    y_true, y_pred = [1, 1, 1], [0, 0, 0]
    got = (precision(y_true, y_pred, positive=0), recall(y_true, y_pred, positive=0), f1_score(y_true, y_pred, positive=0))
    assert got == (0.0, 0.0, 0.0), (
        f"with positive=0 there are 3 FPs and no actual positives: expected (0.0, 0.0, 0.0), got {got}"
    )
    got = recall([0, 0, 0], [0, 0, 0], positive=0)
    assert got == 1.0, f"with positive=0, all three zeros are found: recall 1.0, got {got}"


def test_other_length_mismatches_raise_value_error():
    for metric in (precision, recall, f1_score):
        for a, b in (([], [1]), ([0, 1, 0, 1], [0, 1, 0])):
            try:
                metric(a, b)
            except ValueError:
                continue
            raise AssertionError(f"{metric.__name__}: {len(a)} labels and {len(b)} predictions should raise ValueError")
