import numpy as np

from rnn_forward_sequence import rnn_forward

LESSON = (np.array([[1.0], [0.0], [0.0]]), np.array([[1.0]]), np.array([[0.5]]), np.zeros(1))


def random_rnn(seed: int = 0, T: int = 6, d: int = 3, m: int = 4):
    rng = np.random.default_rng(seed)
    return (
        rng.normal(size=(T, d)),
        rng.normal(scale=0.5, size=(m, d)),
        rng.normal(scale=0.5, size=(m, m)),
        rng.normal(scale=0.1, size=m),
    )


def test_lesson_sequence():
    got = rnn_forward(*LESSON)
    assert got.shape == (3, 1), f"3 inputs and m = 1 give states of shape (3, 1), got {got.shape}"
    assert np.allclose(got.ravel(), [0.76159416, 0.36339948, 0.17972621]), (
        f"expected 0.7616, 0.3634, 0.1797 (the first input fades by about half each step), got {got.ravel()}"
    )


def test_matches_step_by_step_reference():
    xs, W_xh, W_hh, b_h = random_rnn()
    got = rnn_forward(xs, W_xh, W_hh, b_h)
    h = np.zeros(4)
    for t, x_t in enumerate(xs):
        h = np.tanh(W_xh @ x_t + W_hh @ h + b_h)
        assert np.allclose(got[t], h), f"state h_{t + 1} (row {t}) differs: expected {h}, got {got[t]}"
    assert got.shape == (6, 4), f"T = 6 steps and m = 4 units give shape (6, 4), got {got.shape}"


def test_starting_state_is_used_but_not_returned():
    xs, W_xh, W_hh, b_h = LESSON
    got = rnn_forward(xs, W_xh, W_hh, b_h, h0=np.array([1.0]))
    assert got.shape == (3, 1), f"h0 is not part of the output: expected shape (3, 1), got {got.shape}"
    assert np.isclose(got[0, 0], np.tanh(1.5)), f"h_1 = tanh(0.5 · 1 + 1) = tanh(1.5) ≈ 0.9051, got {got[0, 0]}"
    zero_start = rnn_forward(xs, W_xh, W_hh, b_h, h0=np.zeros(1))
    assert np.allclose(zero_start, rnn_forward(*LESSON)), "h0=None should mean a zero starting state"


def test_empty_sequence_gives_no_states():
    _, W_xh, W_hh, b_h = random_rnn()
    got = rnn_forward(np.zeros((0, 3)), W_xh, W_hh, b_h)
    assert got.shape == (0, 4), f"an empty sequence gives shape (0, m) = (0, 4), got {got.shape}"


def test_states_are_causal():
    xs, W_xh, W_hh, b_h = random_rnn(seed=1)
    full = rnn_forward(xs, W_xh, W_hh, b_h)
    prefix = rnn_forward(xs[:3], W_xh, W_hh, b_h)
    assert np.allclose(full[:3], prefix), "the first 3 states must not depend on later inputs"
    reversed_last = rnn_forward(xs[::-1], W_xh, W_hh, b_h)[-1]
    assert not np.allclose(full[-1], reversed_last), "order matters: reading the sequence backwards should end elsewhere"


def test_without_recurrent_weights_there_is_no_memory():
    xs, W_xh, _, b_h = random_rnn(seed=2)
    got = rnn_forward(xs, W_xh, np.zeros((4, 4)), b_h)
    expected = np.tanh(xs @ W_xh.T + b_h)
    assert np.allclose(got, expected), "with W_hh = 0 each state is tanh(W_xh x_t + b_h), independent of the past"


def test_inputs_are_not_modified():
    xs, W_xh, W_hh, b_h = random_rnn(seed=3)
    h0 = np.full(4, 0.5)
    args = [xs, W_xh, W_hh, b_h, h0]
    copies = [a.copy() for a in args]
    rnn_forward(xs, W_xh, W_hh, b_h, h0=h0)
    assert all(np.array_equal(a, c) for a, c in zip(args, copies)), "rnn_forward must not change its inputs (h0 included)"


def test_shape_mismatches_raise_value_error():
    xs, W_xh, W_hh, b_h = random_rnn()
    cases = [
        ("xs with 2 features when W_xh expects 3", (np.zeros((5, 2)), W_xh, W_hh, b_h, None)),
        ("a 1-D xs", (np.zeros(3), W_xh, W_hh, b_h, None)),
        ("a non-square W_hh", (xs, W_xh, np.zeros((4, 3)), b_h, None)),
        ("b_h of the wrong length", (xs, W_xh, W_hh, np.zeros(3), None)),
        ("h0 of the wrong length", (xs, W_xh, W_hh, b_h, np.zeros(5))),
    ]
    for what, (a, b, c, d, h0) in cases:
        try:
            rnn_forward(a, b, c, d, h0=h0)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
