# Hidden tests: other data, learning rates and iteration counts than the visible ones, replayed here
# with a stable NumPy reference; also huge logits on both sides, float labels and other bad inputs.
import math
import warnings

import numpy as np

from logistic_regression_training import train_logistic_regression


def replay(X, y, lr, n_iter):
    X, y = np.asarray(X, float), np.asarray(y, float)
    w, b = np.zeros(X.shape[1]), 0.0

    def loss(z):
        return float(np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)))

    z = X @ w + b
    losses = [loss(z)]
    for _ in range(n_iter):
        e = np.exp(-np.logaddexp(0, -z)) - y
        w, b = w - lr * X.T @ e / len(y), b - lr * float(e.mean())
        z = X @ w + b
        losses.append(loss(z))
    return w, b, losses


def test_matches_a_replay_on_other_data():
    rng = np.random.default_rng(77)
    X = rng.normal(size=(60, 3)) * [1.0, 3.0, 0.5]
    y = (X @ np.array([-1.0, 0.4, 2.0]) - 0.3 + rng.normal(size=60) > 0).astype(int)
    for lr, n_iter in [(0.3, 40), (0.05, 7)]:
        w, b, losses = train_logistic_regression(X, y, learning_rate=lr, n_iter=n_iter)
        want_w, want_b, want_losses = replay(X, y, lr, n_iter)
        assert np.allclose(w, want_w) and math.isclose(b, want_b, abs_tol=1e-9), (
            f"lr={lr}, n_iter={n_iter}: expected w = {want_w.round(5)}, b = {want_b:.5f}; got {np.round(w, 5)}, {b}"
        )
        assert len(losses) == n_iter + 1 and np.allclose(losses, want_losses), (
            f"lr={lr}, n_iter={n_iter}: losses differ from the reference, e.g. {want_losses[:3]} vs {losses[:3]}"
        )


def test_one_update_by_hand_with_two_features():
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    y = np.array([1, 0, 1])
    w, b, losses = train_logistic_regression(X, y, learning_rate=1.0, n_iter=1)
    # errors p - y = [-0.5, 0.5, -0.5]: grad_w = [-1/3, 0], grad_b = -1/6
    assert np.allclose(w, [1 / 3, 0.0]) and math.isclose(b, 1 / 6), (
        f"expected w = [1/3, 0] and b = 1/6 after one step, got {w} and {b}"
    )
    assert isinstance(b, float) and len(losses) == 2 and math.isclose(losses[0], math.log(2)), (
        f"expected a float b and losses starting at ln 2, got {b!r}, {losses}"
    )


def test_huge_logits_on_both_sides_stay_finite_without_warnings():
    X = np.array([[-3000.0, 10.0], [-2500.0, -10.0], [4000.0, 5.0], [2000.0, 0.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0])  # float labels are fine; here large x means class 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            w, b, losses = train_logistic_regression(X, y, learning_rate=2.0, n_iter=15)
        except (RuntimeWarning, FloatingPointError) as warning:
            raise AssertionError(f"numerical warning with |z| in the millions: {warning}") from None
    assert np.all(np.isfinite(w)) and math.isfinite(b), f"parameters must stay finite, got {w}, {b}"
    assert all(math.isfinite(v) and v >= 0 for v in losses), f"losses must be finite and >= 0, got {losses}"
    assert np.all((X @ w + b > 0) == (y == 1)), "the four points are separable and should all be right"
    want_w, want_b, want_losses = replay(X, y, 2.0, 15)
    assert np.allclose(losses, want_losses), f"expected losses {want_losses[:4]}..., got {losses[:4]}..."


def test_zero_iterations_and_unchanged_inputs():
    X = np.array([[2.0], [-1.0], [0.5]])
    y = np.array([1, 0, 0])
    X0, y0 = X.copy(), y.copy()
    w, b, losses = train_logistic_regression(X, y, n_iter=0)
    assert np.array_equal(w, [0.0]) and b == 0.0 and len(losses) == 1, (
        f"n_iter=0 returns the start: w = [0], b = 0, one loss; got {w}, {b}, {losses}"
    )
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"


def test_other_bad_inputs_raise_value_error():
    cases = [
        (np.zeros((0, 2)), np.zeros(0), "no rows at all"),
        (np.zeros((3, 1)), np.zeros((3, 1)), "y is 2-D"),
        (np.zeros((3, 1)), np.array([0, -1, 1]), "the label -1"),
        (np.zeros((3, 1)), np.array([0.0, 0.5, 1.0]), "the label 0.5"),
        (np.zeros((2, 1)), np.array([0, 1, 1]), "2 rows but 3 labels"),
    ]
    for X, y, why in cases:
        try:
            train_logistic_regression(X, y, n_iter=1)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
