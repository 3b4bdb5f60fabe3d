# Hidden tests: other sizes, a non-zero start and other weights than the visible ones, checked against
# a step-by-step loop written here; plus single-step and empty sequences and more shape mistakes.
import numpy as np

from rnn_forward_sequence import rnn_forward


def make(seed, T, d, m):
    rng = np.random.default_rng(seed)
    return (
        rng.normal(size=(T, d)),
        rng.normal(scale=0.6, size=(m, d)),
        rng.normal(scale=0.6, size=(m, m)),
        rng.normal(scale=0.2, size=m),
        rng.uniform(-1, 1, size=m),
    )


def loop(xs, W_xh, W_hh, b_h, h0):
    h, states = h0.copy(), []
    for x in xs:
        h = np.tanh(W_xh @ x + W_hh @ h + b_h)
        states.append(h)
    return np.array(states)


def test_other_sizes_with_a_non_zero_start():
    for seed, T, d, m in ((5, 9, 2, 5), (6, 4, 7, 3), (7, 12, 1, 2)):
        xs, W_xh, W_hh, b_h, h0 = make(seed, T, d, m)
        got = rnn_forward(xs, W_xh, W_hh, b_h, h0=h0)
        want = loop(xs, W_xh, W_hh, b_h, h0)
        assert got.shape == (T, m), f"T = {T}, m = {m}: expected shape ({T}, {m}), got {got.shape}"
        assert np.allclose(got, want), f"T = {T}, d = {d}, m = {m} from h0 = {np.round(h0, 3)}: states differ from the loop"


def test_a_single_step_is_one_rnn_step():
    xs, W_xh, W_hh, b_h, h0 = make(8, 1, 3, 4)
    got = rnn_forward(xs, W_xh, W_hh, b_h, h0=h0)
    want = np.tanh(W_xh @ xs[0] + W_hh @ h0 + b_h)
    assert got.shape == (1, 4) and np.allclose(got[0], want), f"one input gives one state {want}, got {got}"


def test_empty_sequence_with_a_start_state_and_integer_inputs():
    _, W_xh, W_hh, b_h, h0 = make(9, 3, 2, 6)
    got = rnn_forward(np.zeros((0, 2)), W_xh, W_hh, b_h, h0=h0)
    assert got.shape == (0, 6), f"an empty sequence gives shape (0, 6) even with h0, got {got.shape}"
    xs = np.array([[1, 0], [0, 2], [3, 1]])  # integers
    got = rnn_forward(xs, W_xh, W_hh, b_h)
    want = loop(xs.astype(float), W_xh, W_hh, b_h, np.zeros(6))
    assert np.allclose(got, want), "integer inputs should give the same states as their float values"


def test_prefix_states_do_not_depend_on_later_inputs_and_h0_is_untouched():
    xs, W_xh, W_hh, b_h, h0 = make(10, 8, 3, 4)
    h0_before = h0.copy()
    full = rnn_forward(xs, W_xh, W_hh, b_h, h0=h0)
    changed = xs.copy()
    changed[5:] += 10.0
    other = rnn_forward(changed, W_xh, W_hh, b_h, h0=h0)
    assert np.allclose(full[:5], other[:5]), "changing inputs 6 to 8 must not change the first five states"
    assert not np.allclose(full[5:], other[5:]), "changing inputs 6 to 8 should change states 6 to 8"
    assert np.array_equal(h0, h0_before), "h0 must not change"


def test_other_shape_mistakes_raise_value_error():
    xs, W_xh, W_hh, b_h, _ = make(11, 5, 3, 4)
    cases = [
        ("a 1-D W_xh", (xs, W_xh.ravel(), W_hh, b_h, None)),
        ("a 3-D xs", (xs[None], W_xh, W_hh, b_h, None)),
        ("W_hh of shape (3, 3) when m = 4", (xs, W_xh, np.zeros((3, 3)), b_h, None)),
        ("b_h of shape (4, 1)", (xs, W_xh, W_hh, b_h.reshape(4, 1), None)),
        ("h0 of shape (4, 1)", (xs, W_xh, W_hh, b_h, np.zeros((4, 1)))),
    ]
    for what, (a, b, c, d, h0) in cases:
        try:
            rnn_forward(a, b, c, d, h0=h0)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
