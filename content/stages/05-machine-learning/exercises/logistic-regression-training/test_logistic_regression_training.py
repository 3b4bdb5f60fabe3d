import math
import warnings

import numpy as np

from logistic_regression_training import train_logistic_regression

X_EX = np.array([[0.0], [1.0], [2.0], [3.0]])
Y_EX = np.array([0, 0, 1, 1])


def noisy_data(seed: int = 0, n: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Labels drawn from a true logistic model with w = [2, -1], b = 0.5."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    p = 1 / (1 + np.exp(-(X @ np.array([2.0, -1.0]) + 0.5)))
    return X, (rng.random(n) < p).astype(int)


def test_first_loss_is_log_two():
    _, _, losses = train_logistic_regression(X_EX, Y_EX, learning_rate=0.5, n_iter=1)
    assert math.isclose(losses[0], math.log(2)), (
        f"with w = 0 and b = 0 every p is 0.5, so the loss is ln 2 ≈ 0.6931; got {losses[0]}"
    )


def test_one_update_matches_the_hand_computation():
    w, b, losses = train_logistic_regression(X_EX, Y_EX, learning_rate=0.5, n_iter=1)
    assert isinstance(w, np.ndarray) and w.shape == (1,), (
        f"w should have shape (1,), got {np.shape(w)}"
    )
    assert np.allclose(w, [0.25]), (
        f"errors p - y are [0.5, 0.5, -0.5, -0.5], the gradient is -0.5, so w = 0.25; got {w}"
    )
    assert isinstance(b, float) and abs(b) < 1e-12, (
        f"the bias gradient is 0, so b stays 0.0; got {b!r}"
    )
    assert len(losses) == 2 and math.isclose(losses[1], 0.5950086476834489, rel_tol=1e-9), (
        f"expected losses ≈ [0.6931, 0.5950] after one update, got {losses}"
    )


def test_loss_decreases_at_every_update_on_noisy_data():
    X, y = noisy_data()
    _, _, losses = train_logistic_regression(X, y, learning_rate=0.5, n_iter=200)
    assert len(losses) == 201, f"n_iter=200 should give 201 losses, got {len(losses)}"
    for t in range(1, len(losses)):
        assert losses[t] < losses[t - 1], (
            f"the loss went up from {losses[t - 1]} to {losses[t]} at update {t}; "
            "check the sign of the gradient and that w and b use the same errors"
        )


def test_noisy_data_recovers_the_true_model():
    X, y = noisy_data()
    w, b, _ = train_logistic_regression(X, y, learning_rate=0.5, n_iter=1000)
    cosine = w @ np.array([2.0, -1.0]) / (np.linalg.norm(w) * math.sqrt(5))
    assert cosine > 0.99, (
        f"w should point along the true weights [2, -1], got {w} (cosine {cosine:.3f})"
    )
    accuracy = np.mean((X @ w + b > 0) == y)
    assert accuracy > 0.78, (
        "the true model scores about 0.81 on these noisy "
        f"labels; got training accuracy {accuracy:.3f}"
    )


def test_separable_data_is_classified_perfectly():
    rng = np.random.default_rng(1)
    X = np.vstack([rng.normal(size=(50, 2)) + 3, rng.normal(size=(50, 2)) - 3])
    y = np.array([1] * 50 + [0] * 50)
    w, b, losses = train_logistic_regression(X, y, learning_rate=1.0, n_iter=500)
    accuracy = np.mean((X @ w + b > 0) == y)
    assert accuracy == 1.0, (
        f"two far-apart blobs should be separated perfectly, got accuracy {accuracy}"
    )
    assert all(math.isfinite(v) for v in losses), "every loss should be a finite number"
    assert losses[-1] < 0.01, f"on separable data the loss should fall close to 0, got {losses[-1]}"


def test_huge_logits_give_no_overflow_or_nan():
    X = np.array([[-500.0], [500.0]])
    y = np.array([0, 1])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow warning from np.exp now fails the test
        try:
            w, b, losses = train_logistic_regression(X, y, learning_rate=1.0, n_iter=20)
        except (RuntimeWarning, FloatingPointError) as warning:
            raise AssertionError(
                f"numerical warning with |z| in the hundreds of thousands: {warning}. "
                "Compute the loss from z with np.logaddexp instead of from p"
            ) from None
    assert np.all(np.isfinite(w)) and math.isfinite(b), f"parameters must stay finite, got {w}, {b}"
    assert all(math.isfinite(v) and v >= 0 for v in losses), (
        f"losses must be finite and non-negative (log(0) gives -inf, then nan), got {losses[:5]}..."
    )


def test_inputs_are_not_modified():
    X, y = noisy_data(n=50)
    X0, y0 = X.copy(), y.copy()
    train_logistic_regression(X, y, n_iter=5)
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"


def test_bad_inputs_raise_value_error():
    cases = [
        (np.zeros((3, 2)), np.array([0, 1]), "3 rows but 2 labels"),
        (np.zeros(3), np.array([0, 1, 0]), "X is 1-D; it should have shape (n, d)"),
        (np.zeros((3, 1)), np.array([0, 1, 2]), "the label 2 is not 0 or 1"),
    ]
    for X, y, why in cases:
        try:
            train_logistic_regression(X, y, n_iter=1)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
