import math

from confusion_matrix import accuracy, confusion_matrix, per_class_recall

Y_TRUE = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
Y_PRED = [1, 1, 0, 0, 1, 0, 0, 0, 0, 0]  # TP = 2, FP = 1, FN = 2, TN = 5

ANIMALS_TRUE = ["cat", "cat", "dog", "dog", "dog", "bird"]
ANIMALS_PRED = ["cat", "dog", "dog", "dog", "cat", "cat"]


def test_binary_matrix_of_the_lesson_example():
    got = confusion_matrix(Y_TRUE, Y_PRED, labels=[0, 1])
    assert got == [[5, 1], [2, 2]], (
        "rows are true classes, columns predicted: row 0 is [TN, "
        f"FP] = [5, 1], row 1 is [FN, TP] = [2, 2]; got {got}"
    )


def test_label_order_sets_rows_and_columns():
    got = confusion_matrix(Y_TRUE, Y_PRED, labels=[1, 0])
    assert got == [[2, 2], [1, 5]], (
        f"with labels [1, 0] the positive class comes first: expected [[2, 2], [1, 5]], got {got}"
    )


def test_multiclass_matrix():
    got = confusion_matrix(ANIMALS_TRUE, ANIMALS_PRED, labels=["bird", "cat", "dog"])
    expected = [[0, 1, 0], [0, 1, 1], [0, 1, 2]]
    assert got == expected, (
        "the bird was called a cat (row 0, column 1); one cat was "
        f"called a dog; one dog a cat. Expected {expected}, got {got}"
    )


def test_accuracy_is_the_diagonal_over_the_total():
    got = accuracy([[5, 1], [2, 2]])
    assert math.isclose(got, 0.7), f"(5 + 2) correct out of 10: expected 0.7, got {got}"
    got = accuracy([[0, 1, 0], [0, 1, 1], [0, 1, 2]])
    assert math.isclose(got, 0.5), f"3 of 6 on the diagonal: expected 0.5, got {got}"


def test_per_class_recall_divides_by_row_sums():
    got = per_class_recall([[0, 1, 0], [0, 1, 1], [0, 1, 2]])
    expected = [0.0, 0.5, 2 / 3]
    assert len(got) == 3 and all(math.isclose(g, e) for g, e in zip(got, expected)), (
        f"recall of class i is C[i][i] / (sum of row i): expected {expected}, "
        f"got {got}; dividing by the column sum would give precision instead"
    )


def test_a_label_that_never_occurs_gets_an_empty_row_and_zero_recall():
    matrix = confusion_matrix(ANIMALS_TRUE, ANIMALS_PRED, labels=["bird", "cat", "dog", "fish"])
    assert matrix[3] == [0, 0, 0, 0] and [row[3] for row in matrix] == [0, 0, 0, 0], (
        f"'fish' never occurs, so its row and column are all zeros, got {matrix}"
    )
    assert per_class_recall(matrix)[3] == 0.0, (
        "a class with no examples has recall 0/0, defined as 0.0"
    )
    assert accuracy([[0, 0], [0, 0]]) == 0.0, "an empty matrix has accuracy 0/0, defined as 0.0"


def test_rows_are_independent_lists():
    matrix = confusion_matrix([0], [0], labels=[0, 1, 2])
    assert matrix == [[1, 0, 0], [0, 0, 0], [0, 0, 0]], (
        f"expected a single count at [0][0], got {matrix}; "
        "[[0] * k] * k makes every row the same list"
    )


def test_bad_inputs_raise_value_error():
    cases = [
        (([0, 1, 2], [0, 1, 1], [0, 1]), "the true label 2 missing from labels"),
        (([0, 1], [0, 3], [0, 1]), "the predicted label 3 missing from labels"),
        (([0, 1], [0], [0, 1]), "2 true labels but 1 prediction"),
        (([0, 1], [0, 1], [0, 1, 0]), "a duplicated label in labels"),
    ]
    for (y_true, y_pred, labels), why in cases:
        try:
            confusion_matrix(y_true, y_pred, labels=labels)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
