# Hidden tests: other data, learning rates and iteration counts than the visible ones, replayed
# update by update here; also a single row, integer inputs, and the least-squares line as the limit.
import math
import random

from linear_regression_gradient_descent import fit_linear_gd


def replay(X, y, lr, n_iter):
    n, d = len(X), len(X[0])
    w, b = [0.0] * d, 0.0

    def errors():
        return [sum(wj * xj for wj, xj in zip(w, row)) + b - t for row, t in zip(X, y)]

    e = errors()
    losses = [sum(v * v for v in e) / n]
    for _ in range(n_iter):
        gw = [2 / n * sum(v * row[j] for v, row in zip(e, X)) for j in range(d)]
        gb = 2 / n * sum(e)
        w = [wj - lr * g for wj, g in zip(w, gw)]
        b = b - lr * gb
        e = errors()
        losses.append(sum(v * v for v in e) / n)
    return w, b, losses


def close(a, b, tol=1e-9):
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def test_every_loss_matches_a_replay_on_other_data():
    rng = random.Random(12)
    X = [[rng.uniform(-2, 2) for _ in range(4)] for _ in range(9)]
    y = [rng.uniform(-5, 5) for _ in range(9)]
    for lr, n_iter in [(0.05, 30), (0.2, 3)]:
        w, b, losses = fit_linear_gd(X, y, learning_rate=lr, n_iter=n_iter)
        want_w, want_b, want_losses = replay(X, y, lr, n_iter)
        assert len(w) == 4 and all(close(a, e) for a, e in zip(w, want_w)), (
            f"lr={lr}, n_iter={n_iter}: expected w = {want_w}, got {w}"
        )
        assert close(b, want_b), f"lr={lr}, n_iter={n_iter}: expected b = {want_b}, got {b}"
        assert len(losses) == n_iter + 1 and all(close(a, e) for a, e in zip(losses, want_losses)), (
            f"lr={lr}, n_iter={n_iter}: expected the {n_iter + 1} losses {want_losses[:4]}..., got {losses[:4]}..."
        )


def test_one_step_on_a_two_row_example_by_hand():
    # errors -1, -3: loss 5; grad_w = (2/2)(-1·2 - 3·4) = -14, grad_b = -4
    w, b, losses = fit_linear_gd([[2.0], [4.0]], [1.0, 3.0], learning_rate=0.1, n_iter=1)
    assert close(w[0], 1.4) and close(b, 0.4), f"expected w = [1.4], b = 0.4 after one step, got {w}, {b}"
    assert close(losses[0], 5.0) and close(losses[1], 6.92), (
        f"predictions 3.2 and 6.0 give errors 2.2 and 3: expected losses [5, 6.92], got {losses}"
    )


def test_single_row_and_integer_inputs_give_floats():
    X = [[3, -1]]
    y = [7]
    snapshot = ([row[:] for row in X], y[:])
    w, b, losses = fit_linear_gd(X, y, learning_rate=0.05, n_iter=0)
    assert w == [0.0, 0.0] and b == 0.0 and isinstance(b, float), f"n_iter=0: expected [0.0, 0.0] and 0.0, got {w}, {b!r}"
    assert losses == [49.0] and isinstance(losses[0], float), f"the starting loss is 7² = 49.0, got {losses}"
    w, b, losses = fit_linear_gd(X, y, learning_rate=0.05, n_iter=300)
    assert all(isinstance(v, float) for v in w + [b] + losses), "w, b and every loss should be floats"
    assert abs(3 * w[0] - w[1] + b - 7) < 1e-6, (
        f"one row can be fitted exactly: 3·w1 - w2 + b should reach 7, got {3 * w[0] - w[1] + b}"
    )
    assert (X, y) == snapshot, "the inputs must not be changed"


def test_long_training_reaches_the_least_squares_line():
    rng = random.Random(99)
    xs = [rng.uniform(0, 4) for _ in range(30)]
    y = [-1.5 * x + 4 + rng.gauss(0, 0.5) for x in xs]
    mx, my = sum(xs) / 30, sum(y) / 30
    slope = sum((x - mx) * (t - my) for x, t in zip(xs, y)) / sum((x - mx) ** 2 for x in xs)
    intercept = my - slope * mx
    w, b, losses = fit_linear_gd([[x] for x in xs], y, learning_rate=0.05, n_iter=3000)
    assert close(w[0], slope, 1e-6) and close(b, intercept, 1e-6), (
        f"expected the least-squares line slope {slope:.6f}, intercept {intercept:.6f}; got {w[0]:.6f}, {b:.6f}"
    )
    assert all(c <= a + 1e-12 for a, c in zip(losses, losses[1:])), (
        "with lr 0.05 the loss should never go up (beyond rounding in the last digits)"
    )


def test_other_bad_inputs_raise_value_error():
    cases = [
        ([[1.0], [2.0]], [1.0, 2.0, 3.0], "2 rows but 3 targets"),
        ([[1.0], [2.0, 3.0], [4.0]], [1.0, 2.0, 3.0], "a longer second row"),
        ([], [1.0], "no rows at all"),
    ]
    for X, y, why in cases:
        try:
            fit_linear_gd(X, y)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
