# Hidden tests: other labels, class lists and sizes than the visible ones, with TP/FP/FN counted by
# brute force here; also label order, empty class lists and inputs left unchanged.
import math
import random

from macro_micro_f1 import f1_per_class, macro_f1, micro_f1


def counts(y_true, y_pred, c):
    tp = sum(t == c and p == c for t, p in zip(y_true, y_pred))
    fp = sum(t != c and p == c for t, p in zip(y_true, y_pred))
    fn = sum(t == c and p != c for t, p in zip(y_true, y_pred))
    return tp, fp, fn


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def test_random_five_class_data_with_and_without_a_label_list():
    rng = random.Random(808)
    classes = ["ox", "elk", "yak", "gnu", "emu"]
    y_true = [rng.choice(classes[:4]) for _ in range(73)]  # "emu" is only ever predicted
    y_pred = [t if rng.random() < 0.5 else rng.choice(classes) for t in y_true]
    for labels in (None, ["yak", "ox"], ["gnu", "emu", "elk", "ox", "yak", "cat"]):
        chosen = sorted(set(y_true) | set(y_pred)) if labels is None else labels
        per = {c: f1(*counts(y_true, y_pred, c)) for c in chosen}
        got = f1_per_class(y_true, y_pred, labels)
        assert list(got) == list(chosen), f"labels={labels}: expected the classes {chosen} in that order, got {list(got)}"
        assert all(math.isclose(got[c], per[c]) for c in chosen), f"labels={labels}: expected {per}, got {got}"
        want_macro = sum(per.values()) / len(per)
        assert math.isclose(macro_f1(y_true, y_pred, labels), want_macro), (
            f"labels={labels}: macro F1 should be {want_macro:.6f}, got {macro_f1(y_true, y_pred, labels)}"
        )
        tp, fp, fn = (sum(counts(y_true, y_pred, c)[i] for c in chosen) for i in range(3))
        assert math.isclose(micro_f1(y_true, y_pred, labels), f1(tp, fp, fn)), (
            f"labels={labels}: micro F1 should be 2·{tp} / (2·{tp} + {fp} + {fn}) = {f1(tp, fp, fn):.6f}, "
            f"got {micro_f1(y_true, y_pred, labels)}"
        )


def test_a_small_case_by_hand():
    y_true = ["b", "a", "a", "c", "b", "a"]
    y_pred = ["b", "b", "a", "a", "c", "a"]
    # a: TP 2 FP 1 FN 1 -> 4/6; b: TP 1 FP 1 FN 1 -> 2/4; c: TP 0 FP 1 FN 1 -> 0
    got = f1_per_class(y_true, y_pred)
    want = {"a": 2 / 3, "b": 0.5, "c": 0.0}
    assert list(got) == ["a", "b", "c"] and all(math.isclose(got[k], v) for k, v in want.items()), (
        f"expected {want}, got {got}"
    )
    assert math.isclose(macro_f1(y_true, y_pred), (2 / 3 + 0.5) / 3), f"expected macro F1 7/18, got {macro_f1(y_true, y_pred)}"
    assert math.isclose(micro_f1(y_true, y_pred), 0.5), f"3 of 6 right: micro F1 0.5, got {micro_f1(y_true, y_pred)}"


def test_empty_inputs_and_an_empty_class_list():
    got = f1_per_class([], [], labels=[5, 2])
    assert list(got) == [5, 2] and got[5] == 0.0 and got[2] == 0.0, f"expected {{5: 0.0, 2: 0.0}}, got {got}"
    assert macro_f1([], [], labels=[5, 2]) == 0.0 and micro_f1([], [], labels=[5, 2]) == 0.0
    assert macro_f1([1, 2], [1, 1], labels=[]) == 0.0 and micro_f1([1, 2], [1, 1], labels=[]) == 0.0, (
        "with no classes to score, both averages are 0.0"
    )
    assert f1_per_class([], []) == {}, f"no examples and no labels: no classes, got {f1_per_class([], [])}"


def test_tuple_inputs_are_not_changed_and_lengths_must_match():
    y_true = (3, 1, 2, 3, 3)
    y_pred = (3, 3, 2, 1, 3)
    labels = [3, 1]
    got = macro_f1(y_true, y_pred, labels)
    assert math.isclose(got, (2 * 2 / (4 + 1 + 1) + 0.0) / 2), f"class 3 F1 = 4/6, class 1 F1 = 0: expected 1/3, got {got}"
    assert labels == [3, 1], "labels must not be changed"
    for metric in (f1_per_class, macro_f1, micro_f1):
        try:
            metric([], [0])
        except ValueError:
            continue
        raise AssertionError(f"{metric.__name__}: 0 true labels and 1 prediction should raise ValueError")
