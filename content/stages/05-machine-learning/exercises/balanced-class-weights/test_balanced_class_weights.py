import math

from balanced_class_weights import balanced_class_weights, sample_weights


def test_two_classes():
    w = balanced_class_weights([0] * 900 + [1] * 100)
    assert set(w) == {0, 1}, f"expected one weight per class, got keys {set(w)}"
    assert math.isclose(w[1], 5.0), f"1000 / (2 * 100) = 5 for the rare class, got {w[1]}"
    assert math.isclose(w[0], 1000 / 1800), f"1000 / (2 * 900) = 0.5556 for the common class, got {w[0]}"


def test_three_string_classes():
    w = balanced_class_weights(["cat", "dog", "dog", "bird", "dog", "dog"])
    expected = {"cat": 2.0, "dog": 0.5, "bird": 2.0}
    assert set(w) == set(expected) and all(math.isclose(w[c], expected[c]) for c in expected), (
        f"with n = 6 and K = 3: cat and bird 6/(3*1) = 2, dog 6/(3*4) = 0.5; got {w}"
    )


def test_every_class_carries_the_same_total_weight():
    y = [2] * 7 + [0] * 30 + [5] * 13
    w = balanced_class_weights(y)
    totals = {c: y.count(c) * w[c] for c in w}
    assert all(math.isclose(t, 50 / 3) for t in totals.values()), (
        f"each class should carry n / K = 50/3 in total, got {totals}"
    )


def test_balanced_data_gives_ones():
    w = balanced_class_weights([1, 0, 1, 0, 2, 2])
    assert all(math.isclose(v, 1.0) for v in w.values()), f"equal counts give weight 1.0, got {w}"


def test_sample_weights_follow_the_labels():
    w = balanced_class_weights([0] * 900 + [1] * 100)
    got = sample_weights([1, 0, 1], w)
    assert len(got) == 3 and math.isclose(got[0], 5.0) and math.isclose(got[2], 5.0), (
        f"examples of class 1 get 5.0, got {got}"
    )
    assert math.isclose(got[1], 1000 / 1800), f"the example of class 0 gets 0.5556, got {got[1]}"
    y = [0] * 9 + [1] * 3
    total = sum(sample_weights(y, balanced_class_weights(y)))
    assert math.isclose(total, 12.0), f"the example weights should add up to n = 12, got {total}"


def test_errors():
    for call, why in (
        (lambda: balanced_class_weights([]), "an empty label list"),
        (lambda: sample_weights([0, 3], {0: 1.0, 1: 2.0}), "label 3 with no weight"),
    ):
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
