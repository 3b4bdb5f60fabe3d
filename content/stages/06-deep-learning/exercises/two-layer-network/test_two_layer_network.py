import numpy as np

from two_layer_network import forward, loss_and_gradients


def hand_example():
    params = {
        "W1": np.array([[1.0, -1.0], [0.5, -1.0]]),
        "b1": np.array([0.0, 0.5]),
        "W2": np.array([[0.5], [3.0]]),
        "b2": np.array([-1.0]),
    }
    return params, np.array([[1.0, 2.0]]), np.array([[1.0]])


def random_problem(seed: int = 0, n: int = 6, d: int = 3, h: int = 4):
    rng = np.random.default_rng(seed)
    params = {
        "W1": rng.normal(size=(d, h)),
        "b1": rng.normal(scale=0.1, size=h),
        "W2": rng.normal(size=(h, 1)),
        "b2": np.array([0.1]),
    }
    X = rng.normal(size=(n, d))
    y = (rng.random(size=(n, 1)) < 0.5).astype(float)
    return params, X, y


def test_forward_on_the_hand_example():
    params, X, _ = hand_example()
    Z1, A1, p = forward(params, X)
    assert np.allclose(Z1, [[2.0, -2.5]]), f"expected Z1 = [[2, -2.5]], got {Z1.tolist()}"
    assert np.allclose(A1, [[2.0, 0.0]]), f"ReLU turns -2.5 into 0: expected [[2, 0]], got {A1.tolist()}"
    assert p.shape == (1, 1) and np.allclose(p, 0.5), (
        f"expected p = σ(2·0.5 + 0·3 - 1) = σ(0) = [[0.5]] with shape (1, 1), got {p.tolist()}"
    )


def test_loss_is_mean_binary_cross_entropy():
    params, X, y = random_problem(seed=1)
    _, _, p = forward(params, X)
    expected = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    loss, _ = loss_and_gradients(params, X, y)
    assert isinstance(loss, float), f"return the loss as a Python float, got {type(loss).__name__}"
    assert abs(loss - expected) < 1e-9, f"expected mean BCE {expected:.6f}, got {loss:.6f}"


def test_gradients_on_the_hand_example():
    params, X, y = hand_example()
    loss, grads = loss_and_gradients(params, X, y)
    assert abs(loss - np.log(2)) < 1e-9, f"p = 0.5 and y = 1 give loss log 2 ≈ 0.6931, got {loss}"
    expected = {
        "W2": [[-1.0], [0.0]],
        "b2": [-0.5],
        "W1": [[-0.25, 0.0], [-0.5, 0.0]],
        "b1": [-0.25, 0.0],
    }
    for key, want in expected.items():
        assert np.allclose(grads[key], want), f"expected grads[{key!r}] = {want}, got {grads[key].tolist()}"


def test_gradients_have_the_parameter_shapes():
    params, X, y = random_problem(n=5, d=3, h=7)
    _, grads = loss_and_gradients(params, X, y)
    assert set(grads) == set(params), f"expected gradient keys {sorted(params)}, got {sorted(grads)}"
    for key in params:
        assert grads[key].shape == params[key].shape, (
            f"grads[{key!r}] has shape {grads[key].shape}, but {key} has shape {params[key].shape}"
        )


def test_gradients_match_numerical_gradients():
    params, X, y = random_problem(seed=0)
    _, grads = loss_and_gradients(params, X, y)
    eps = 1e-6
    for key in params:
        for idx in np.ndindex(params[key].shape):
            shifted = {k: v.copy() for k, v in params.items()}
            shifted[key][idx] += eps
            up, _ = loss_and_gradients(shifted, X, y)
            shifted[key][idx] -= 2 * eps
            down, _ = loss_and_gradients(shifted, X, y)
            numerical = (up - down) / (2 * eps)
            assert abs(grads[key][idx] - numerical) < 1e-6, (
                f"grads[{key!r}]{list(idx)} = {grads[key][idx]:.8f} but the numerical gradient is "
                f"{numerical:.8f}; check that term of the chain rule (and the 1/n)"
            )


def test_dead_hidden_unit_gets_no_gradient():
    params, X, y = random_problem(seed=2)
    params["b1"][1] = -100.0  # unit 1's pre-activation is negative for every example
    _, grads = loss_and_gradients(params, X, y)
    assert np.allclose(grads["W1"][:, 1], 0.0) and grads["b1"][1] == 0.0, (
        "a unit that is off for every example passes no gradient back through the ReLU; "
        f"got W1 column {grads['W1'][:, 1].tolist()} and b1 entry {grads['b1'][1]}"
    )


def test_gradient_descent_lowers_the_loss():
    params, X, y = random_problem(seed=3, n=20)
    first, _ = loss_and_gradients(params, X, y)
    for _ in range(50):
        _, grads = loss_and_gradients(params, X, y)
        params = {k: params[k] - 0.5 * grads[k] for k in params}
    last, _ = loss_and_gradients(params, X, y)
    assert last < first - 0.05, (
        f"50 gradient steps should lower the loss clearly, went from {first:.4f} to {last:.4f}; "
        "a sign error in a gradient makes it rise"
    )


def test_loss_stays_finite_for_saturated_outputs():
    params, X, _ = hand_example()
    params["W2"] = np.array([[400.0], [0.0]])  # logit 799: p rounds to exactly 1.0
    loss, grads = loss_and_gradients(params, X, np.array([[0.0]]))
    # Exact (from the logit): 799. Clipping p to [1e-7, 1 - 1e-7], as the README allows: about 16.1.
    assert np.isfinite(loss) and loss > 10, (
        f"a confident wrong answer should give a large but finite loss, got {loss}; "
        "log(1 - p) with p == 1.0 is -inf"
    )
    assert all(np.all(np.isfinite(g)) for g in grads.values()), "gradients must be finite too"


def test_inputs_are_not_modified_and_wrong_label_shape_is_rejected():
    params, X, y = random_problem(seed=4)
    before = {k: v.copy() for k, v in params.items()}
    X0, y0 = X.copy(), y.copy()
    loss_and_gradients(params, X, y)
    assert all(np.array_equal(params[k], before[k]) for k in params), "params must not change"
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"
    try:
        loss_and_gradients(params, X, y.ravel())
    except ValueError:
        return
    raise AssertionError(
        "expected ValueError for y of shape (n,): it broadcasts against p (n, 1) into an (n, n) array"
    )
