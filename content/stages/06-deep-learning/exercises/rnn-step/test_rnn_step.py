import numpy as np

from rnn_step import rnn_step


def example():
    return (
        np.array([1.0, 0.0, -1.0]),
        np.array([0.5, -0.5]),
        np.array([[0.2, 0.4, 0.1], [-0.3, 0.0, 0.5]]),
        np.array([[1.0, 0.0], [0.5, -1.0]]),
        np.array([0.0, 0.1]),
    )


def test_lesson_one_number_example():
    h = np.zeros(1)
    got = []
    for x in (1.0, 0.0, 0.0):
        h = rnn_step(np.array([x]), h, np.array([[1.0]]), np.array([[0.5]]), np.zeros(1))
        got.append(float(h[0]))
    assert np.allclose(got, [0.76159416, 0.36339948, 0.17972621]), (
        f"h_t = tanh(0.5 h_(t-1) + x_t) from 0 with inputs 1, 0, 0 gives 0.7616, 0.3634, 0.1797; got {got}"
    )


def test_worked_example():
    got = rnn_step(*example())
    assert got.shape == (2,), f"the new state has shape (m,) = (2,), got {got.shape}"
    assert np.allclose(got, np.tanh([0.6, 0.05])), (
        f"pre-activation [0.1 + 0.5 + 0, -0.8 + 0.75 + 0.1] = [0.6, 0.05]; expected tanh of it, got {got}"
    )


def test_matches_an_explicit_loop_on_random_data():
    rng = np.random.default_rng(0)
    m, d = 4, 3
    x, h = rng.normal(size=d), rng.normal(size=m)
    W_xh, W_hh, b_h = rng.normal(size=(m, d)), rng.normal(size=(m, m)), rng.normal(size=m)
    expected = [
        np.tanh(sum(W_xh[i, j] * x[j] for j in range(d)) + sum(W_hh[i, j] * h[j] for j in range(m)) + b_h[i])
        for i in range(m)
    ]
    got = rnn_step(x, h, W_xh, W_hh, b_h)
    assert np.allclose(got, expected), f"expected {np.round(expected, 4)}, got {np.round(got, 4)}"


def test_large_inputs_saturate_without_nan():
    got = rnn_step(np.array([1e6, -1e6]), np.zeros(2), np.eye(2), np.zeros((2, 2)), np.zeros(2))
    assert np.allclose(got, [1.0, -1.0]), f"tanh saturates at ±1 for huge inputs, got {got}"


def test_zero_weights_give_a_zero_state():
    got = rnn_step(np.array([3.0, -2.0, 7.0]), np.array([0.9, -0.9]), np.zeros((2, 3)), np.zeros((2, 2)), np.zeros(2))
    assert np.allclose(got, 0.0), f"with all weights and bias 0 the state is tanh(0) = 0, got {got}"


def test_inputs_are_not_modified():
    args = example()
    copies = [a.copy() for a in args]
    out = rnn_step(*args)
    assert all(np.array_equal(a, c) for a, c in zip(args, copies)), "rnn_step must not change its inputs"
    assert out is not args[1], "return a new state array, not h itself"


def test_shape_mismatches_raise_value_error():
    x, h, W_xh, W_hh, b_h = example()
    cases = [
        ("x of length 2 with W_xh of shape (2, 3)", (np.zeros(2), h, W_xh, W_hh, b_h)),
        ("a transposed W_xh of shape (3, 2)", (x, h, W_xh.T, W_hh, b_h)),
        ("a non-square W_hh", (x, h, W_xh, np.zeros((2, 3)), b_h)),
        ("h of length 3 when m = 2", (x, np.zeros(3), W_xh, W_hh, b_h)),
        ("b_h of shape (1,), which would broadcast silently", (x, h, W_xh, W_hh, np.zeros(1))),
        ("b_h of shape (2, 1), which would broadcast to (2, 2)", (x, h, W_xh, W_hh, np.zeros((2, 1)))),
        ("x of shape (3, 1) instead of (3,)", (x.reshape(3, 1), h, W_xh, W_hh, b_h)),
    ]
    for what, args in cases:
        try:
            rnn_step(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
