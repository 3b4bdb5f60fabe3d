# Hidden tests: other sizes (m != d both ways) and weights than the visible ones, checked against the
# formula written out entry by entry, plus shape mistakes the visible tests do not try.
import math

import numpy as np

from rnn_step import rnn_step


def entrywise(x, h, W_xh, W_hh, b_h):
    m, d = W_xh.shape
    return [
        math.tanh(sum(W_xh[i, j] * x[j] for j in range(d)) + sum(W_hh[i, k] * h[k] for k in range(m)) + b_h[i])
        for i in range(m)
    ]


def test_random_weights_with_more_units_than_inputs_and_fewer():
    rng = np.random.default_rng(17)
    for m, d in ((5, 2), (2, 6), (1, 4), (3, 3)):
        x, h = rng.normal(size=d), rng.uniform(-1, 1, size=m)
        W_xh, W_hh, b_h = rng.normal(size=(m, d)), rng.normal(size=(m, m)), rng.normal(size=m)
        got = rnn_step(x, h, W_xh, W_hh, b_h)
        want = entrywise(x, h, W_xh, W_hh, b_h)
        assert got.shape == (m,), f"m = {m}, d = {d}: the new state has shape ({m},), got {got.shape}"
        assert np.allclose(got, want), f"m = {m}, d = {d}: expected {np.round(want, 5)}, got {np.round(got, 5)}"


def test_negative_recurrent_weight_over_a_sequence():
    # h_t = tanh(-0.8 h_(t-1) + 2 x_t + 0.1), from h_0 = 0.3
    h = np.array([0.3])
    want = 0.3
    for x in (0.5, -1.0, 0.0, 2.0):
        h = rnn_step(np.array([x]), h, np.array([[2.0]]), np.array([[-0.8]]), np.array([0.1]))
        want = math.tanh(-0.8 * want + 2 * x + 0.1)
        assert abs(h[0] - want) < 1e-12, f"after input {x}: expected {want:.6f}, got {h[0]}"


def test_result_is_a_new_array_in_the_open_interval():
    rng = np.random.default_rng(3)
    x, h = rng.normal(size=4), rng.uniform(-1, 1, size=3)
    h_before = h.copy()
    got = rnn_step(x, h, rng.normal(size=(3, 4)), rng.normal(size=(3, 3)), rng.normal(size=3))
    assert got is not h and np.array_equal(h, h_before), "return a new state and leave h unchanged"
    assert np.all(np.abs(got) < 1), f"tanh keeps every entry inside (-1, 1), got {got}"


def test_other_shape_mistakes_raise_value_error():
    rng = np.random.default_rng(0)
    m, d = 3, 2
    x, h = rng.normal(size=d), rng.normal(size=m)
    W_xh, W_hh, b_h = rng.normal(size=(m, d)), rng.normal(size=(m, m)), rng.normal(size=m)
    cases = [
        ("a 1-D W_xh", (x, h, W_xh.ravel(), W_hh, b_h)),
        ("a 3-D W_xh", (x, h, W_xh[None], W_hh, b_h)),
        ("W_hh of shape (2, 2) when m = 3", (x, h, W_xh, np.zeros((2, 2)), b_h)),
        ("h of shape (3, 1) instead of (3,)", (x, h.reshape(3, 1), W_xh, W_hh, b_h)),
        ("a scalar bias of shape ()", (x, h, W_xh, W_hh, np.array(0.5))),
        ("b_h of length 4 when m = 3", (x, h, W_xh, W_hh, np.zeros(4))),
        ("x of length 3 when d = 2", (np.zeros(3), h, W_xh, W_hh, b_h)),
    ]
    for what, args in cases:
        try:
            rnn_step(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
