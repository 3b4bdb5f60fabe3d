import math

from precision_recall_f1 import f1_score, precision, recall

Y_TRUE = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
Y_PRED = [1, 1, 0, 0, 1, 0, 0, 0, 0, 0]  # TP = 2, FP = 1, FN = 2, TN = 5


def test_lesson_example():
    p, r, f = precision(Y_TRUE, Y_PRED), recall(Y_TRUE, Y_PRED), f1_score(Y_TRUE, Y_PRED)
    assert math.isclose(p, 2 / 3), f"expected precision 2/3 for 2 TP and 1 FP, got {p}"
    assert math.isclose(r, 0.5), f"expected recall 0.5 for 2 TP and 2 FN, got {r}"
    assert math.isclose(f, 4 / 7), f"expected F1 = 2*2 / (2*2 + 1 + 2) = 4/7 ≈ 0.5714, got {f}"


def test_perfect_predictions_score_one():
    y = [0, 1, 1, 0, 1]
    got = (precision(y, y), recall(y, y), f1_score(y, y))
    assert all(math.isclose(v, 1.0) for v in got), (
        f"predicting every label right should give 1.0 everywhere, got {got}"
    )


def test_f1_is_a_harmonic_not_arithmetic_mean():
    y_true = [1] * 10
    y_pred = [1] + [0] * 9  # precision 1.0, recall 0.1
    got = f1_score(y_true, y_pred)
    assert math.isclose(got, 2 * 0.1 / 1.1), (
        f"expected F1 = 2 * 1.0 * 0.1 / 1.1 ≈ 0.1818, got {got}; 0.55 would be the arithmetic mean"
    )


def test_positive_label_can_be_zero():
    p = precision(Y_TRUE, Y_PRED, positive=0)
    r = recall(Y_TRUE, Y_PRED, positive=0)
    f = f1_score(Y_TRUE, Y_PRED, positive=0)
    # With 0 as the positive class: TP = 5, FP = 2, FN = 1.
    assert math.isclose(p, 5 / 7), f"expected precision 5/7 with positive=0, got {p}"
    assert math.isclose(r, 5 / 6), f"expected recall 5/6 with positive=0, got {r}"
    assert math.isclose(f, 10 / 13), f"expected F1 10/13 with positive=0, got {f}"


def test_no_predicted_positives_gives_zero_not_an_error():
    y_true, y_pred = [1, 0, 1, 0], [0, 0, 0, 0]
    got = (precision(y_true, y_pred), recall(y_true, y_pred), f1_score(y_true, y_pred))
    assert got == (0.0, 0.0, 0.0), (
        "with no positive predictions precision is 0/0, "
        f"defined as 0.0; recall and F1 are 0 too. Got {got}"
    )


def test_no_actual_positives_gives_zero_recall():
    y_true, y_pred = [0, 0, 0], [1, 0, 0]
    got = (precision(y_true, y_pred), recall(y_true, y_pred), f1_score(y_true, y_pred))
    assert got == (0.0, 0.0, 0.0), (
        f"no actual positives: recall is 0/0, defined as 0.0; the one prediction is a FP. Got {got}"
    )


def test_all_true_negatives_gives_zero_everywhere():
    got = (precision([0, 0], [0, 0]), recall([0, 0], [0, 0]), f1_score([0, 0], [0, 0]))
    assert got == (0.0, 0.0, 0.0), f"every denominator is 0 here, so every metric is 0.0, got {got}"


def test_length_mismatch_raises_value_error():
    for metric in (precision, recall, f1_score):
        try:
            metric([1, 0, 1], [1, 0])
        except ValueError:
            continue
        raise AssertionError(
            f"expected {metric.__name__} to raise ValueError for 3 labels and 2 predictions"
        )
