import random

from minibatch_sgd import minibatch_indices, sgd_epoch


def reference_epoch(X, y, w, b, lr, batches):
    """Plain mini-batch SGD over the given batches, for comparison."""
    w = list(w)
    for batch in batches:
        errs = [sum(a * c for a, c in zip(w, X[i])) + b - y[i] for i in batch]
        gw = [2 / len(batch) * sum(e * X[i][j] for e, i in zip(errs, batch)) for j in range(len(w))]
        gb = 2 / len(batch) * sum(errs)
        w = [a - lr * g for a, g in zip(w, gw)]
        b -= lr * gb
    return w, b


def test_batches_cover_every_index_once():
    batches = list(minibatch_indices(10, 3, seed=0))
    sizes = [len(batch) for batch in batches]
    assert sizes == [3, 3, 3, 1], f"10 indices in batches of 3 should give sizes [3, 3, 3, 1], got {sizes}"
    flat = sorted(i for batch in batches for i in batch)
    assert flat == list(range(10)), f"every index 0..9 should appear exactly once, got {flat}"


def test_order_comes_from_random_random_with_the_seed():
    for seed in (0, 1, 42):
        order = list(range(10))
        random.Random(seed).shuffle(order)
        expected = [order[0:4], order[4:8], order[8:10]]
        got = list(minibatch_indices(10, 4, seed=seed))
        assert got == expected, (
            f"with seed {seed}, shuffle list(range(10)) with random.Random({seed}).shuffle and slice it: "
            f"expected {expected}, got {got}"
        )
    assert list(minibatch_indices(10, 4, seed=7)) == list(minibatch_indices(10, 4, seed=7)), (
        "the same seed must give the same batches"
    )


def test_without_shuffle_batches_are_consecutive():
    got = list(minibatch_indices(5, 2, shuffle=False))
    assert got == [[0, 1], [2, 3], [4]], f"expected [[0, 1], [2, 3], [4]], got {got}"


def test_global_random_state_is_untouched():
    random.seed(123)
    expected = random.random()
    random.seed(123)
    list(minibatch_indices(50, 8, seed=0))
    got = random.random()
    assert got == expected, "minibatch_indices changed the global random state; use random.Random(seed)"


def test_edge_sizes():
    assert list(minibatch_indices(0, 4, seed=0)) == [], "n = 0 should yield no batches"
    whole = list(minibatch_indices(3, 10, seed=0))
    assert len(whole) == 1 and sorted(whole[0]) == [0, 1, 2], (
        f"batch_size larger than n should give one batch with every index, got {whole}"
    )
    for bad in (0, -2):
        try:
            list(minibatch_indices(5, bad, seed=0))
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for batch_size {bad}")


def test_full_batch_epoch_is_one_gradient_descent_step():
    w, b = sgd_epoch([[1.0], [2.0], [3.0]], [2.0, 4.0, 6.0], [0.0], 0.0, 0.1, batch_size=3, seed=0)
    assert len(w) == 1 and abs(w[0] - 56 / 30) < 1e-9 and abs(b - 0.8) < 1e-9, (
        f"one batch of all 3 points: dL/dw = -56/3 and dL/db = -8, so expected ([1.8667], 0.8), got ({w}, {b})"
    )


def test_batch_size_one_updates_after_every_example():
    # Seed 0 visits example 0, then example 1.
    w, b = sgd_epoch([[1.0], [2.0]], [3.0, 5.0], [0.0], 0.0, 0.1, batch_size=1, seed=0)
    assert abs(w[0] - 1.88) < 1e-9 and abs(b - 1.24) < 1e-9, (
        "after x=1 (error -3): w = b = 0.6; after x=2 (error 1.8 - 5 = -3.2): w = 0.6 + 1.28 = 1.88, "
        f"b = 0.6 + 0.64 = 1.24. Got ({w}, {b})"
    )


def test_uneven_last_batch_matches_reference():
    rng = random.Random(5)
    X = [[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(7)]
    y = [rng.uniform(-2, 2) for _ in range(7)]
    batches = list(minibatch_indices(7, 3, seed=11))
    w, b = sgd_epoch(X, y, [0.5, -0.5], 0.1, 0.2, batch_size=3, seed=11)
    rw, rb = reference_epoch(X, y, [0.5, -0.5], 0.1, 0.2, batches)
    assert all(abs(p - q) < 1e-9 for p, q in zip(w, rw)) and abs(b - rb) < 1e-9, (
        f"expected ({rw}, {rb}), got ({w}, {b}); the last batch of 1 divides by 1, not by 3"
    )


def test_epochs_recover_the_true_line_without_changing_inputs():
    X = [[x / 10, (x % 3) / 3] for x in range(20)]
    y = [2 * a - 3 * c + 1 for a, c in X]
    X_copy, y_copy = [row[:] for row in X], y[:]
    start = [0.0, 0.0]
    w, b = start, 0.0
    for epoch in range(300):
        w, b = sgd_epoch(X, y, w, b, 0.1, batch_size=4, seed=epoch)
    assert abs(w[0] - 2) < 1e-4 and abs(w[1] + 3) < 1e-4 and abs(b - 1) < 1e-4, (
        f"300 epochs on noise-free data y = 2·x1 - 3·x2 + 1 should recover it, got {w}, {b}"
    )
    assert start == [0.0, 0.0], "sgd_epoch must not change the weights list it was given"
    assert X == X_copy and y == y_copy, "X and y must not change"
