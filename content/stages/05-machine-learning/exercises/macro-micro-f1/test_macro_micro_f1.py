import math
import random

from macro_micro_f1 import f1_per_class, macro_f1, micro_f1

Y_TRUE = [0, 0, 0, 1, 1, 2]
Y_PRED = [0, 0, 1, 1, 2, 2]


def test_per_class_f1_one_vs_rest():
    got = f1_per_class(Y_TRUE, Y_PRED)
    expected = {0: 0.8, 1: 0.5, 2: 2 / 3}
    assert list(got) == [0, 1, 2], (
        f"with labels=None the classes are the sorted labels seen: [0, 1, 2], got {list(got)}"
    )
    for c, e in expected.items():
        assert math.isclose(got[c], e), (
            f"class {c}: expected F1 {e:.4f} from 2TP / (2TP + FP + FN), got {got[c]}. Class "
            "0 has TP 2, FP 0, FN 1; class 1 TP 1, FP 1, FN 1; class 2 TP 1, FP 1, FN 0"
        )


def test_macro_f1_is_the_unweighted_mean():
    got = macro_f1(Y_TRUE, Y_PRED)
    expected = (0.8 + 0.5 + 2 / 3) / 3
    assert math.isclose(got, expected), (
        f"expected (0.8 + 0.5 + 0.6667) / 3 ≈ {expected:.4f}, got {got}"
    )


def test_micro_f1_pools_the_counts():
    got = micro_f1(Y_TRUE, Y_PRED)
    assert math.isclose(got, 8 / 12), (
        f"summed over classes TP = 4, FP = 2, FN = 2, so micro F1 = 8 / 12 ≈ 0.6667, got {got}"
    )


def test_micro_f1_equals_accuracy_for_single_label_data():
    rng = random.Random(0)
    y_true = [rng.choice("abcd") for _ in range(200)]
    y_pred = [t if rng.random() < 0.6 else rng.choice("abcd") for t in y_true]
    acc = sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
    got = micro_f1(y_true, y_pred)
    assert math.isclose(got, acc), (
        "each mistake is one FP and one FN, so micro F1 "
        f"over all classes equals accuracy {acc}, got {got}"
    )


def test_macro_exposes_a_neglected_rare_class():
    y_true = ["a"] * 9 + ["b"]
    y_pred = ["a"] * 10  # never predicts the rare class
    micro, macro = micro_f1(y_true, y_pred), macro_f1(y_true, y_pred)
    assert math.isclose(micro, 0.9), f"9 of 10 right: micro F1 = accuracy = 0.9, got {micro}"
    assert math.isclose(macro, (18 / 19 + 0.0) / 2), (
        "class 'a' has F1 18/19 and 'b' has F1 0, so macro F1 ≈ 0.4737, "
        f"got {macro}; macro averaging gives the rare class equal weight"
    )


def test_listed_class_that_never_occurs_scores_zero():
    got = f1_per_class(Y_TRUE, Y_PRED, labels=[0, 1, 2, 3])
    assert got[3] == 0.0, (
        f"class 3 has TP = FP = FN = 0, so its F1 is 0/0, defined as 0.0; got {got[3]}"
    )
    macro = macro_f1(Y_TRUE, Y_PRED, labels=[0, 1, 2, 3])
    assert math.isclose(macro, (0.8 + 0.5 + 2 / 3) / 4), (
        f"the empty class still counts in the mean: expected ≈ 0.4917, got {macro}"
    )


def test_labels_restrict_the_classes_that_are_averaged():
    got = micro_f1(Y_TRUE, Y_PRED, labels=[1, 2])
    assert math.isclose(got, 4 / 7), (
        "over classes 1 and 2 only: TP = 2, FP = 2, FN "
        f"= 1, so micro F1 = 4 / 7 ≈ 0.5714, got {got}"
    )
    got = macro_f1(Y_TRUE, Y_PRED, labels=[1, 2])
    assert math.isclose(got, (0.5 + 2 / 3) / 2), (
        f"expected the mean of the F1 of classes 1 and 2, ≈ 0.5833, got {got}"
    )


def test_perfect_and_completely_wrong_predictions():
    y = ["x", "y", "z", "x"]
    assert math.isclose(macro_f1(y, y), 1.0) and math.isclose(micro_f1(y, y), 1.0), (
        "perfect predictions score 1.0"
    )
    wrong = ["y", "z", "x", "y"]
    assert macro_f1(y, wrong) == 0.0 and micro_f1(y, wrong) == 0.0, (
        "no correct prediction means no TP, so F1 is 0.0"
    )


def test_empty_input_gives_zero_and_length_mismatch_raises():
    assert macro_f1([], []) == 0.0 and micro_f1([], []) == 0.0, (
        "with no examples both averages are 0.0"
    )
    for metric in (f1_per_class, macro_f1, micro_f1):
        try:
            metric([0, 1, 1], [0, 1])
        except ValueError:
            continue
        raise AssertionError(
            f"expected {metric.__name__} to raise ValueError for 3 labels and 2 predictions"
        )
