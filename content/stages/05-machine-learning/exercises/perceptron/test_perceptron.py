from perceptron import predict, train_perceptron

AND_X = [[0, 0], [0, 1], [1, 0], [1, 1]]
AND_Y = [0, 0, 0, 1]


def close(a: list[float], b: list[float], tol: float = 1e-9) -> bool:
    return len(a) == len(b) and all(abs(p - q) < tol for p, q in zip(a, b))


def test_predict_uses_a_strict_threshold():
    assert predict([1.0, 1.0], -1.0, [1.0, 1.0]) == 1, "score 1 + 1 - 1 = 1 > 0 should predict 1"
    got = predict([1.0, 1.0], -2.0, [1.0, 1.0])
    assert got == 0, f"a score of exactly 0 should predict 0 (the rule is score > 0), got {got}"
    assert predict([2.0, -1.0], 0.0, [1.0, 3.0]) == 0, "score 2 - 3 = -1 should predict 0"


def test_first_epoch_on_and_matches_the_hand_update():
    w, b, mistakes = train_perceptron(AND_X, AND_Y, epochs=1)
    assert mistakes == [1], f"only (1, 1) is wrong in the first epoch, expected [1], got {mistakes}"
    assert close(w, [1.0, 1.0]) and abs(b - 1.0) < 1e-9, (
        f"after adding x = (1, 1) once, expected weights [1, 1] and bias 1, got {w} and {b}"
    )


def test_converges_on_and():
    w, b, mistakes = train_perceptron(AND_X, AND_Y)
    assert mistakes == [1, 3, 3, 2, 1, 0], (
        f"expected mistakes per epoch [1, 3, 3, 2, 1, 0] on AND, got {mistakes}"
    )
    assert close(w, [2.0, 1.0]) and abs(b + 2.0) < 1e-9, (
        f"expected weights [2, 1] and bias -2, got {w} and {b}"
    )
    preds = [predict(w, b, x) for x in AND_X]
    assert preds == AND_Y, f"the trained perceptron should reproduce AND, got {preds}"


def test_stops_after_the_first_clean_epoch():
    w, b, mistakes = train_perceptron([[1.0, 2.0], [3.0, 4.0]], [0, 0], epochs=5)
    assert mistakes == [0], (
        f"zero weights already predict 0 for both examples: expected one clean epoch [0], got {mistakes}"
    )
    assert close(w, [0.0, 0.0]) and b == 0.0, f"nothing should have changed, got {w} and {b}"


def test_learning_rate_scales_the_weights():
    w, b, mistakes = train_perceptron(AND_X, AND_Y, learning_rate=0.5)
    assert mistakes == [1, 3, 3, 2, 1, 0], (
        f"from zero weights the learning rate does not change the mistakes, got {mistakes}"
    )
    assert close(w, [1.0, 0.5]) and abs(b + 1.0) < 1e-9, (
        f"with learning rate 0.5 expected half of ([2, 1], -2), got {w} and {b}"
    )


def test_separates_float_data():
    X = [[1.0, 1.0], [2.0, 0.5], [4.0, 3.0], [5.0, 4.5]]
    y = [0, 0, 1, 1]
    w, b, mistakes = train_perceptron(X, y, learning_rate=0.1, epochs=100)
    assert mistakes[-1] == 0, f"the data is separable, so the last epoch should be clean: {mistakes}"
    preds = [predict(w, b, x) for x in X]
    assert preds == y, f"the trained perceptron should classify every training point, got {preds}"


def test_xor_never_has_a_clean_epoch():
    w, b, mistakes = train_perceptron(AND_X, [0, 1, 1, 0], epochs=20)
    assert len(mistakes) == 20, f"XOR never converges, so all 20 epochs should run, got {len(mistakes)}"
    assert all(m > 0 for m in mistakes), f"no line separates XOR, yet an epoch was clean: {mistakes}"


def test_inputs_are_not_modified():
    X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    y = [0, 0, 0, 1]
    train_perceptron(X, y)
    assert X == [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]] and y == [0, 0, 0, 1], (
        f"X and y must not change, got {X} and {y}"
    )


def test_invalid_arguments_raise_value_error():
    cases = [
        ("X and y of different lengths", lambda: train_perceptron(AND_X, [0, 1])),
        ("a label of 2", lambda: train_perceptron(AND_X, [0, 0, 2, 1])),
        ("learning_rate 0", lambda: train_perceptron(AND_X, AND_Y, learning_rate=0)),
        ("epochs 0", lambda: train_perceptron(AND_X, AND_Y, epochs=0)),
        ("an empty data set", lambda: train_perceptron([], [])),
        ("weights and x of different lengths", lambda: predict([1.0], 0.0, [1.0, 2.0])),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
