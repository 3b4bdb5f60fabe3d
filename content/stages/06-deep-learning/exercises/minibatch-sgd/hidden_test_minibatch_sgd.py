# Hidden tests: other sizes, batch sizes and seeds than the visible ones for the batch generator, and
# several features with an uneven last batch for the epoch, both against step-by-step references.
import random

from minibatch_sgd import minibatch_indices, sgd_epoch


def expected_batches(n, batch_size, seed, shuffle=True):
    order = list(range(n))
    if shuffle:
        random.Random(seed).shuffle(order)
    return [order[i:i + batch_size] for i in range(0, n, batch_size)]


def reference_epoch(X, y, w, b, lr, batches):
    w = list(w)
    for batch in batches:
        errors = [sum(a * c for a, c in zip(w, X[i])) + b - y[i] for i in batch]
        gw = [2 / len(batch) * sum(e * X[i][j] for e, i in zip(errors, batch)) for j in range(len(w))]
        gb = 2 / len(batch) * sum(errors)
        w = [a - lr * g for a, g in zip(w, gw)]
        b -= lr * gb
    return w, b


def test_batches_for_other_sizes_and_seeds():
    for n, batch_size, seed in ((13, 5, 3), (8, 8, 99), (17, 4, 2024), (1, 3, 5), (6, 1, 0)):
        got = list(minibatch_indices(n, batch_size, seed=seed))
        want = expected_batches(n, batch_size, seed)
        assert got == want, f"minibatch_indices({n}, {batch_size}, seed={seed}): expected {want}, got {got}"
    got = list(minibatch_indices(7, 3, seed=4, shuffle=False))
    assert got == [[0, 1, 2], [3, 4, 5], [6]], f"without shuffling: expected [[0, 1, 2], [3, 4, 5], [6]], got {got}"


def test_epoch_with_three_features_and_an_uneven_last_batch():
    rng = random.Random(8)
    X = [[rng.uniform(-2, 2) for _ in range(3)] for _ in range(11)]
    y = [rng.uniform(-3, 3) for _ in range(11)]
    for batch_size, seed in ((4, 6), (1, 2), (5, 13), (11, 0)):
        w, b = sgd_epoch(X, y, [0.3, -0.1, 0.8], -0.2, 0.05, batch_size=batch_size, seed=seed)
        rw, rb = reference_epoch(X, y, [0.3, -0.1, 0.8], -0.2, 0.05, expected_batches(11, batch_size, seed))
        assert len(w) == 3 and all(abs(p - q) < 1e-9 for p, q in zip(w, rw)) and abs(b - rb) < 1e-9, (
            f"batch size {batch_size}, seed {seed}: expected ({rw}, {rb}), got ({w}, {b})"
        )


def test_inputs_and_global_random_state_are_untouched():
    X = [[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]]
    y = [1.0, 0.0, 2.0]
    weights = [0.1, 0.2]
    random.seed(321)
    want_next = random.random()
    random.seed(321)
    new_w, _ = sgd_epoch(X, y, weights, 0.0, 0.1, batch_size=2, seed=1)
    assert random.random() == want_next, "sgd_epoch changed the global random state; use random.Random(seed)"
    assert weights == [0.1, 0.2] and new_w is not weights, "return a new weights list and leave the caller's alone"
    assert X == [[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]] and y == [1.0, 0.0, 2.0], "X and y must not change"


def test_bad_arguments_raise_value_error():
    cases = [
        ("a negative n", lambda: list(minibatch_indices(-1, 2, seed=0))),
        ("X and y of different lengths", lambda: sgd_epoch([[1.0], [2.0]], [1.0], [0.0], 0.0, 0.1, 1, 0)),
        ("an empty X", lambda: sgd_epoch([], [], [0.0], 0.0, 0.1, 1, 0)),
        ("a row with 3 features for 2 weights", lambda: sgd_epoch([[1.0, 2.0], [1.0, 2.0, 3.0]], [1.0, 2.0], [0.0, 0.0], 0.0, 0.1, 1, 0)),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
