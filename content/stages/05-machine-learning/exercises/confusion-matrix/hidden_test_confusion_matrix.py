# Hidden tests: other labels, sizes and label orders than the visible ones, counted by brute force
# here; also empty inputs, tuples as inputs, and inputs left unchanged.
import math
import random

from confusion_matrix import accuracy, confusion_matrix, per_class_recall


def brute_force(y_true, y_pred, labels):
    return [
        [sum(1 for t, p in zip(y_true, y_pred) if t == row and p == col) for col in labels]
        for row in labels
    ]


def test_random_four_class_data_matches_a_brute_force_count():
    rng = random.Random(2024)
    labels = ["north", "east", "south", "west"]
    y_true = [rng.choice(labels) for _ in range(57)]
    y_pred = [t if rng.random() < 0.6 else rng.choice(labels) for t in y_true]
    for order in (labels, ["west", "south", "north", "east"]):
        got = confusion_matrix(y_true, y_pred, labels=order)
        want = brute_force(y_true, y_pred, order)
        assert got == want, f"with labels {order}: expected {want}, got {got}"
        assert sum(map(sum, got)) == 57, "every one of the 57 examples lands in exactly one cell"


def test_accuracy_and_recall_of_other_matrices():
    matrix = [[3, 0, 2], [1, 4, 0], [0, 0, 0]]
    got = accuracy(matrix)
    assert math.isclose(got, 7 / 10), f"(3 + 4 + 0) / 10 on the diagonal: expected 0.7, got {got}"
    got = per_class_recall(matrix)
    want = [3 / 5, 4 / 5, 0.0]
    assert len(got) == 3 and all(math.isclose(g, w) for g, w in zip(got, want)), (
        f"row-wise recalls: expected {want}, got {got}"
    )
    matrix = [[0, 9], [6, 0]]
    assert accuracy(matrix) == 0.0, f"nothing on the diagonal: accuracy 0.0, got {accuracy(matrix)}"
    assert per_class_recall(matrix) == [0.0, 0.0], (
        f"no class was ever found: recalls [0.0, 0.0], got {per_class_recall(matrix)}"
    )
    matrix = [[12]]
    assert accuracy(matrix) == 1.0 and per_class_recall(matrix) == [1.0], (
        "a single class that is always right has accuracy 1 and recall 1"
    )


def test_tuple_inputs_and_tuple_labels_and_no_mutation():
    y_true = (("a", 1), ("b", 2), ("b", 2), ("a", 1), ("c", 3))
    y_pred = (("b", 2), ("b", 2), ("a", 1), ("a", 1), ("c", 3))
    labels = (("c", 3), ("a", 1), ("b", 2))
    snapshot = (list(y_true), list(y_pred), list(labels))
    got = confusion_matrix(y_true, y_pred, labels)
    want = [[1, 0, 0], [0, 1, 1], [0, 1, 1]]
    assert got == want, f"labels can be any hashable (here tuples): expected {want}, got {got}"
    assert (list(y_true), list(y_pred), list(labels)) == snapshot, "the inputs must not be changed"
    matrix = [row[:] for row in got]
    accuracy(matrix)
    per_class_recall(matrix)
    assert matrix == want, "accuracy and per_class_recall must not change the matrix"


def test_no_examples_gives_an_all_zero_matrix():
    got = confusion_matrix([], [], labels=[3, 1, 2])
    assert got == [[0, 0, 0], [0, 0, 0], [0, 0, 0]], f"no examples: all zeros, got {got}"
    got[1][2] = 5
    assert got == [[0, 0, 0], [0, 0, 5], [0, 0, 0]], "each row must be its own list"
    assert accuracy([[0, 0, 0], [0, 0, 0], [0, 0, 0]]) == 0.0
    assert per_class_recall([[0, 0, 0], [0, 0, 0], [0, 0, 0]]) == [0.0, 0.0, 0.0]


def test_other_bad_inputs_raise_value_error():
    cases = [
        ((["x", "y", "x"], ["x", "y", "z"], ["x", "y"]), "the predicted label 'z' missing from labels"),
        ((["q"], ["x"], ["x", "y"]), "the true label 'q' missing from labels"),
        ((["x"], ["x", "y"], ["x", "y"]), "1 true label but 2 predictions"),
        (([], ["x"], ["x"]), "0 true labels but 1 prediction"),
        ((["x"], ["x"], ["y", "x", "y"]), "'y' listed twice in labels"),
    ]
    for (y_true, y_pred, labels), why in cases:
        try:
            confusion_matrix(y_true, y_pred, labels)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
