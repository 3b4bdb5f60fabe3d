# Hidden tests: other batches and class counts than the visible ones, checked against the formulas
# written out here (one-hot built explicitly), plus other extreme scores and invalid labels.
import math

import numpy as np

from softmax_cross_entropy import cross_entropy, cross_entropy_gradient, softmax


def direct_softmax(row):
    e = [math.exp(v) for v in row]
    return [v / sum(e) for v in e]


def test_softmax_of_random_moderate_scores():
    rng = np.random.default_rng(12)
    Z = rng.normal(scale=3, size=(5, 4))
    got = softmax(Z)
    want = np.array([direct_softmax(row) for row in Z])
    assert got.shape == (5, 4), f"softmax keeps the shape (5, 4), got {got.shape}"
    assert np.allclose(got, want, atol=1e-12), f"expected {np.round(want, 4)}, got {np.round(got, 4)}"
    one_column = softmax(np.array([[3.0], [-7.0]]))
    assert np.allclose(one_column, 1.0), f"with one class every probability is 1, got {one_column.ravel()}"


def test_cross_entropy_and_gradient_on_random_batches():
    rng = np.random.default_rng(4)
    for n, K in ((5, 4), (3, 7), (1, 2)):
        Z = rng.normal(scale=2, size=(n, K))
        y = rng.integers(0, K, size=n)
        P = np.array([direct_softmax(row) for row in Z])
        want_loss = -np.mean([math.log(P[i, y[i]]) for i in range(n)])
        got = cross_entropy(Z, y)
        assert abs(got - want_loss) < 1e-10, f"n = {n}, K = {K}: expected loss {want_loss:.8f}, got {got}"
        one_hot = np.zeros((n, K))
        for i in range(n):
            one_hot[i, y[i]] = 1.0
        grad = cross_entropy_gradient(Z, y)
        assert grad.shape == (n, K) and np.allclose(grad, (P - one_hot) / n, atol=1e-12), (
            f"n = {n}, K = {K}: expected (P - Y) / n = {np.round((P - one_hot) / n, 4)}, got {np.round(grad, 4)}"
        )


def test_other_extreme_scores_stay_exact():
    Z = np.array([[-5000.0, 5000.0], [800.0, 800.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        try:
            P = softmax(Z)
            loss = cross_entropy(Z, np.array([0, 1]))
            grad = cross_entropy_gradient(Z, np.array([0, 1]))
        except FloatingPointError as error:
            raise AssertionError(f"extreme scores raised a floating-point error ({error}): shift by the row maximum") from None
    assert np.allclose(P, [[0.0, 1.0], [0.5, 0.5]]), f"expected [[0, 1], [0.5, 0.5]], got {P.tolist()}"
    want = (10000.0 + math.log(2)) / 2
    assert abs(loss - want) < 1e-9, f"row losses 10000 and log 2: expected mean {want}, got {loss}"
    assert np.allclose(grad, [[-0.5, 0.5], [0.25, -0.25]]), f"expected [[-0.5, 0.5], [0.25, -0.25]], got {grad.tolist()}"


def test_other_invalid_inputs_raise_value_error():
    Z = np.zeros((3, 4))
    cases = [
        ("float labels", lambda: cross_entropy(Z, np.array([0.0, 1.0, 2.0]))),
        ("a label equal to K = 4", lambda: cross_entropy_gradient(Z, np.array([0, 4, 1]))),
        ("labels of shape (3, 1)", lambda: cross_entropy(Z, np.array([[0], [1], [2]]))),
        ("a 1-D Z in cross_entropy", lambda: cross_entropy(np.zeros(4), np.array([0]))),
        ("a 3-D Z in softmax", lambda: softmax(np.zeros((2, 2, 2)))),
        ("too many labels", lambda: cross_entropy_gradient(Z, np.array([0, 1, 2, 3]))),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
