# Hidden tests: other data, learning rates and epoch budgets than the visible ones (OR, 3-D points,
# negative values), replayed by the perceptron rule here; also other predict cases and bad arguments.
import random

from perceptron import predict, train_perceptron


def replay(X, y, lr, epochs):
    w, b, mistakes = [0.0] * len(X[0]), 0.0, []
    for _ in range(epochs):
        count = 0
        for x, t in zip(X, y):
            err = t - (1 if sum(wi * xi for wi, xi in zip(w, x)) + b > 0 else 0)
            if err:
                w = [wi + lr * err * xi for wi, xi in zip(w, x)]
                b += lr * err
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, b, mistakes


def close(a, b, tol=1e-9):
    return len(a) == len(b) and all(abs(p - q) < tol for p, q in zip(a, b))


def test_logical_or_by_hand():
    X = [[0, 0], [0, 1], [1, 0], [1, 1]]
    w, b, mistakes = train_perceptron(X, [0, 1, 1, 1])
    # epoch 1: only (0, 1) is missed -> w (0, 1), b 1. epoch 2: (0, 0) now scores 1 (b -> 0) and
    # (1, 0) scores 0 (w -> (1, 1), b -> 1). epoch 3: (0, 0) again (b -> 0). epoch 4 is clean.
    assert close(w, [1.0, 1.0]) and abs(b) < 1e-9 and mistakes == [1, 2, 1, 0], (
        f"OR: expected weights [1, 1], bias 0, mistakes [1, 2, 1, 0], got {w}, {b}, {mistakes}"
    )


def test_random_separable_3d_data_matches_a_replay():
    rng = random.Random(2718)
    X = [[rng.uniform(-3, 3) for _ in range(3)] for _ in range(25)]
    y = [1 if 1.5 * a - 2 * b + 0.5 * c + 0.7 > 0 else 0 for a, b, c in X]
    for lr, epochs in [(0.25, 200), (1.0, 3)]:
        w, b, mistakes = train_perceptron(X, y, learning_rate=lr, epochs=epochs)
        want_w, want_b, want_m = replay(X, y, lr, epochs)
        assert mistakes == want_m, f"lr={lr}, epochs={epochs}: expected mistakes {want_m}, got {mistakes}"
        assert close(w, want_w) and abs(b - want_b) < 1e-9, (
            f"lr={lr}, epochs={epochs}: expected weights {want_w} and bias {want_b}, got {w} and {b}"
        )
    w, b, mistakes = train_perceptron(X, y, learning_rate=0.25, epochs=200)
    assert mistakes[-1] == 0 and [predict(w, b, x) for x in X] == y, "separable data ends in a clean epoch"


def test_epoch_budget_cuts_training_short():
    X = [[0, 0], [0, 1], [1, 0], [1, 1]]
    w, b, mistakes = train_perceptron(X, [0, 0, 0, 1], epochs=3)
    assert mistakes == [1, 3, 3], f"AND stopped after 3 epochs: expected [1, 3, 3], got {mistakes}"
    want_w, want_b, _ = replay(X, [0, 0, 0, 1], 1.0, 3)
    assert close(w, want_w) and abs(b - want_b) < 1e-9, f"expected {want_w}, {want_b} after 3 epochs, got {w}, {b}"


def test_predict_other_cases():
    assert predict([0.5, -2.0, 1.0], 0.25, [2.0, 1.0, 1.0]) == 1, "score 1 - 2 + 1 + 0.25 = 0.25 > 0 gives 1"
    assert predict([0.5, -2.0, 1.0], -0.25, [2.0, 1.0, 1.0]) == 0, "score -0.25 gives 0"
    assert predict([-1.0], 3.0, [3.0]) == 0, "score -3 + 3 = 0 is not > 0: gives 0"
    assert predict([], 0.5, []) == 1 and predict([], 0.0, []) == 0, "with no features the bias alone decides"


def test_labels_all_positive_and_unchanged_inputs():
    X = [[-1.0, 2.0], [3.0, -4.0]]
    y = [1, 1]
    w, b, mistakes = train_perceptron(X, y, learning_rate=2.0)
    want_w, want_b, want_m = replay(X, y, 2.0, 10)
    assert close(w, want_w) and abs(b - want_b) < 1e-9 and mistakes == want_m, (
        f"every label is 1 and learning rate 2: expected {(want_w, want_b, want_m)}, got {(w, b, mistakes)}"
    )
    assert X == [[-1.0, 2.0], [3.0, -4.0]] and y == [1, 1], "X and y must not change"


def test_other_bad_arguments_raise_value_error():
    X = [[0.0], [1.0]]
    cases = [
        ("a negative learning rate", lambda: train_perceptron(X, [0, 1], learning_rate=-0.5)),
        ("a label of -1", lambda: train_perceptron(X, [0, -1])),
        ("epochs -2", lambda: train_perceptron(X, [0, 1], epochs=-2)),
        ("3 rows but 2 labels", lambda: train_perceptron(X + [[2.0]], [0, 1])),
        ("x longer than the weights", lambda: predict([1.0, 2.0], 0.0, [1.0, 2.0, 3.0])),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
