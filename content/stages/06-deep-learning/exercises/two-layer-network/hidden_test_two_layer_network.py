# Hidden tests: other sizes, labels and a second hand-worked example than the visible ones; gradients
# checked numerically, the ReLU slope at exactly 0, saturation the other way and other label shapes.
import numpy as np

from two_layer_network import forward, loss_and_gradients


def problem(seed, n, d, h, label=None):
    rng = np.random.default_rng(seed)
    params = {
        "W1": rng.normal(size=(d, h)),
        "b1": rng.normal(scale=0.3, size=h),
        "W2": rng.normal(size=(h, 1)),
        "b2": np.array([-0.2]),
    }
    X = rng.normal(size=(n, d))
    y = np.full((n, 1), float(label)) if label is not None else (rng.random(size=(n, 1)) < 0.5).astype(float)
    return params, X, y


def test_second_hand_example():
    params = {"W1": np.array([[2.0, 1.0, -1.0]]), "b1": np.array([-1.0, 0.0, 0.5]),
              "W2": np.array([[1.0], [-2.0], [0.5]]), "b2": np.array([0.5])}
    X, y = np.array([[1.0], [-1.0]]), np.array([[0.0], [1.0]])
    Z1, A1, p = forward(params, X)
    assert np.allclose(Z1, [[1.0, 1.0, -0.5], [-3.0, -1.0, 1.5]]), f"expected Z1 = [[1, 1, -0.5], [-3, -1, 1.5]], got {Z1.tolist()}"
    assert np.allclose(A1, [[1.0, 1.0, 0.0], [0.0, 0.0, 1.5]]), f"expected A1 = [[1, 1, 0], [0, 0, 1.5]], got {A1.tolist()}"
    z = np.array([[-0.5], [1.25]])  # 1 - 2 + 0.5 and 0.75 + 0.5
    assert p.shape == (2, 1) and np.allclose(p, 1 / (1 + np.exp(-z))), f"expected p = σ([-0.5, 1.25]), got {p.tolist()}"
    loss, grads = loss_and_gradients(params, X, y)
    sig = 1 / (1 + np.exp(-z))
    want_loss = (np.log(1 + np.exp(-0.5)) + np.log(1 + np.exp(-1.25))) / 2
    assert abs(loss - want_loss) < 1e-12, f"expected loss {want_loss:.8f}, got {loss}"
    delta2 = (sig - y) / 2
    assert np.allclose(grads["b2"], delta2.sum(axis=0)), f"expected grads['b2'] = {delta2.sum(axis=0)}, got {grads['b2']}"
    assert np.allclose(grads["W2"], A1.T @ delta2), f"expected grads['W2'] = {(A1.T @ delta2).tolist()}, got {grads['W2'].tolist()}"
    assert np.allclose(grads["b1"], [delta2[0, 0] * 1.0, delta2[0, 0] * -2.0, delta2[1, 0] * 0.5]), (
        f"each example only sends gradient back through the units it switched on; got grads['b1'] = {grads['b1'].tolist()}"
    )


def test_numerical_gradients_on_other_sizes():
    for seed, n, d, h, label in ((5, 4, 2, 5, 1), (6, 7, 4, 3, None)):
        params, X, y = problem(seed, n, d, h, label)
        _, grads = loss_and_gradients(params, X, y)
        eps = 1e-6
        for key in params:
            assert grads[key].shape == params[key].shape, f"grads[{key!r}] should have shape {params[key].shape}, got {grads[key].shape}"
            for idx in np.ndindex(params[key].shape):
                shifted = {k: v.copy() for k, v in params.items()}
                shifted[key][idx] += eps
                up, _ = loss_and_gradients(shifted, X, y)
                shifted[key][idx] -= 2 * eps
                down, _ = loss_and_gradients(shifted, X, y)
                numerical = (up - down) / (2 * eps)
                assert abs(grads[key][idx] - numerical) < 1e-6, (
                    f"n = {n}, d = {d}, h = {h}: grads[{key!r}]{list(idx)} = {grads[key][idx]:.8f}, numerical {numerical:.8f}"
                )


def test_relu_slope_at_exactly_zero_is_zero():
    params, X, y = problem(7, 5, 3, 4)
    params["W1"][:, 2] = 0.0
    params["b1"][2] = 0.0  # unit 2's pre-activation is exactly 0 for every example
    _, grads = loss_and_gradients(params, X, y)
    assert np.all(grads["W1"][:, 2] == 0.0) and grads["b1"][2] == 0.0, (
        f"at Z1 = 0 the ReLU's slope is taken as 0: expected no gradient for unit 2, got W1 column "
        f"{grads['W1'][:, 2].tolist()} and b1 entry {grads['b1'][2]}"
    )


def test_confidently_wrong_towards_zero_stays_finite():
    params = {"W1": np.array([[1.0]]), "b1": np.array([0.0]), "W2": np.array([[-500.0]]), "b2": np.array([0.0])}
    loss, grads = loss_and_gradients(params, np.array([[2.0]]), np.array([[1.0]]))
    # logit -1000: p rounds to exactly 0 while the label is 1. Exact loss 1000; clipping at 1e-7 gives about 16.1.
    assert np.isfinite(loss) and loss > 10, f"p ≈ 0 with label 1 should cost a large but finite loss, got {loss}"
    assert all(np.all(np.isfinite(g)) for g in grads.values()), "gradients must be finite too"


def test_other_wrong_label_shapes_raise_value_error():
    params, X, y = problem(8, 6, 3, 4)
    for bad in (np.zeros((6, 2)), np.zeros((5, 1)), np.zeros((1, 6))):
        try:
            loss_and_gradients(params, X, bad)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for y of shape {bad.shape} with 6 examples: y must be (6, 1)")
