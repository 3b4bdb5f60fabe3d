from per_class_accuracy import most_confused_pair, per_class_accuracy

Y_TRUE = ["cat", "cat", "cat", "dog", "dog", "bird", "bird", "bird", "bird"]
Y_PRED = ["cat", "dog", "cat", "dog", "cat", "bird", "dog", "bird", "dog"]


def close(a: dict, b: dict, tol: float = 1e-9) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) < tol for k in a)


def test_accuracy_of_each_class():
    got = per_class_accuracy(Y_TRUE, Y_PRED)
    expected = {"cat": 2 / 3, "dog": 0.5, "bird": 0.5}
    assert close(got, expected), f"expected 2 of 3 cats, 1 of 2 dogs, 2 of 4 birds = {expected}, got {got}"


def test_most_confused_pair():
    got = most_confused_pair(Y_TRUE, Y_PRED)
    assert got == ("bird", "dog", 2), f"birds were read as dogs twice, more than any other mistake; got {got}"


def test_perfect_predictions():
    labels = [0, 1, 2, 1, 0]
    assert per_class_accuracy(labels, labels) == {0: 1.0, 1: 1.0, 2: 1.0}, "every class is fully right"
    assert most_confused_pair(labels, labels) is None, "no mistakes means no most confused pair: return None"


def test_class_never_predicted_correctly_scores_zero():
    got = per_class_accuracy([0, 0, 1, 1], [0, 0, 0, 0])
    assert close(got, {0: 1.0, 1: 0.0}), f"class 1 is never right: it must appear with 0.0, got {got}"


def test_class_only_in_predictions_has_no_accuracy():
    got = per_class_accuracy([0, 0, 1], [0, 2, 1])
    assert close(got, {0: 0.5, 1: 1.0}), (
        f"class 2 has no true examples, so it gets no entry; got {got}"
    )
    assert most_confused_pair([0, 0, 1], [0, 2, 1]) == (0, 2, 1), "it can still be the predicted class of a mistake"


def test_direction_of_the_pair_matters():
    y_true = ["cat", "cat", "cat", "dog"]
    y_pred = ["dog", "dog", "dog", "cat"]
    got = most_confused_pair(y_true, y_pred)
    assert got == ("cat", "dog", 3), f"three cats read as dogs: expected ('cat', 'dog', 3), got {got}"


def test_ties_go_to_the_smallest_pair():
    y_true = [2, 2, 1, 1, 0]
    y_pred = [0, 0, 2, 2, 0]
    got = most_confused_pair(y_true, y_pred)
    assert got == (1, 2, 2), f"(1, 2) and (2, 0) both occur twice; the smaller pair (1, 2) wins, got {got}"


def test_class_accuracies_combine_into_overall_accuracy():
    y_true = [0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2]
    y_pred = [0, 1, 0, 0, 1, 0, 2, 2, 1, 2, 0, 2]
    per_class = per_class_accuracy(y_true, y_pred)
    counts = {c: y_true.count(c) for c in per_class}
    weighted = sum(per_class[c] * counts[c] for c in per_class) / len(y_true)
    overall = sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
    assert abs(weighted - overall) < 1e-12, (
        f"class accuracies weighted by class size should give the overall accuracy {overall}, got {weighted}; "
        "divide by the number of true examples of each class"
    )


def test_empty_and_mismatched_inputs():
    assert per_class_accuracy([], []) == {} and most_confused_pair([], []) is None, "empty lists give {} and None"
    for call in (per_class_accuracy, most_confused_pair):
        try:
            call([0, 1], [0])
        except ValueError:
            continue
        raise AssertionError(f"{call.__name__}: expected ValueError for 2 labels and 1 prediction")
