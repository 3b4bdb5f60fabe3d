import math
import random

from linear_regression_gradient_descent import fit_linear_gd

X_EX = [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]
Y_EX = [3.0, -1.0, 2.0]  # exactly y = 3*x1 - x2


def close(a: float, b: float, tol: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def test_first_loss_is_the_mse_of_the_zero_model():
    _, _, losses = fit_linear_gd(X_EX, Y_EX, learning_rate=0.1, n_iter=1)
    assert close(losses[0], 14 / 3), (
        "with w = 0 and b = 0 every prediction is 0, so "
        f"losses[0] = (9 + 1 + 4) / 3 ≈ 4.6667; got {losses[0]}"
    )


def test_one_update_matches_the_hand_computation():
    w, b, losses = fit_linear_gd(X_EX, Y_EX, learning_rate=0.1, n_iter=1)
    assert len(w) == 2, f"expected one weight per feature (2), got {w}"
    assert close(w[0], 1 / 3) and close(w[1], 1 / 15), (
        f"expected w = [1/3, 1/15] after one step (gradients -10/3 and -2/3), got {w}"
    )
    assert close(b, 4 / 15), f"expected b = 4/15 after one step (gradient -8/3), got {b}"
    assert len(losses) == 2, f"n_iter=1 should give 2 losses (before and after), got {len(losses)}"


def test_last_loss_is_the_loss_of_the_returned_parameters():
    w, b, losses = fit_linear_gd(X_EX, Y_EX, learning_rate=0.1, n_iter=7)
    errors = [w[0] * x1 + w[1] * x2 + b - t for (x1, x2), t in zip(X_EX, Y_EX)]
    expected = sum(e * e for e in errors) / len(errors)
    assert len(losses) == 8, f"n_iter=7 should give 8 losses, got {len(losses)}"
    assert close(losses[-1], expected), (
        f"losses[-1] should be the MSE of the returned (w, b), {expected}, got {losses[-1]}"
    )


def test_loss_decreases_at_every_update():
    _, _, losses = fit_linear_gd(X_EX, Y_EX, learning_rate=0.1, n_iter=200)
    for t in range(1, len(losses)):
        assert losses[t] < losses[t - 1], (
            f"the loss went up from {losses[t - 1]} to {losses[t]} at update "
            f"{t}; are all gradients computed from the old parameters?"
        )


def test_recovers_an_exact_plane():
    w, b, losses = fit_linear_gd(X_EX, Y_EX, learning_rate=0.1, n_iter=5000)
    assert close(w[0], 3.0, 1e-4) and close(w[1], -1.0, 1e-4) and close(b, 0.0, 1e-4), (
        f"the data lie on y = 3x1 - x2, so expected w ≈ [3, -1] and b ≈ 0, got {w} and {b}"
    )
    assert losses[-1] < 1e-8, f"an exact fit should drive the loss to about 0, got {losses[-1]}"


def test_noisy_data_ends_at_the_least_squares_solution():
    rng = random.Random(0)
    X = [[rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(40)]
    y = [2 * a - b + 0.5 * c + 1 + rng.gauss(0, 0.3) for a, b, c in X]
    w, b, _ = fit_linear_gd(X, y, learning_rate=0.3, n_iter=500)
    errors = [sum(wj * xj for wj, xj in zip(w, row)) + b - t for row, t in zip(X, y)]
    # At the least-squares minimum every partial derivative is 0.
    assert abs(sum(errors)) < 1e-6, f"at the minimum the errors sum to 0, got {sum(errors)}"
    for j in range(3):
        g = sum(e * row[j] for e, row in zip(errors, X))
        assert abs(g) < 1e-6, f"at the minimum the gradient for w[{j}] is 0, got {g}"


def test_zero_iterations_return_the_starting_point():
    w, b, losses = fit_linear_gd(X_EX, Y_EX, n_iter=0)
    assert w == [0.0, 0.0] and b == 0.0, f"n_iter=0 should return w = [0, 0], b = 0, got {w}, {b}"
    assert len(losses) == 1 and close(losses[0], 14 / 3), (
        f"n_iter=0 should give only the starting loss [14/3], got {losses}"
    )


def test_too_large_a_learning_rate_makes_the_loss_grow():
    X = [[1.0], [2.0], [3.0]]
    y = [2.0, 4.0, 6.0]
    _, _, losses = fit_linear_gd(X, y, learning_rate=0.5, n_iter=10)
    assert losses[-1] > losses[0], (
        "with learning rate 0.5 the steps overshoot and the "
        f"loss should grow, got {losses[0]} -> {losses[-1]}"
    )


def test_bad_inputs_raise_value_error():
    cases = [
        ([], [], "X is empty"),
        ([[1.0], [2.0]], [1.0], "2 rows but 1 target"),
        ([[1.0, 2.0], [3.0]], [1.0, 2.0], "rows of different lengths"),
    ]
    for X, y, why in cases:
        try:
            fit_linear_gd(X, y)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
