import numpy as np

from softmax_cross_entropy import cross_entropy, cross_entropy_gradient, softmax


def test_softmax_of_a_small_row():
    got = softmax(np.array([[1.0, 2.0, 3.0]]))
    expected = [[0.09003057, 0.24472847, 0.66524096]]
    assert got.shape == (1, 3), f"softmax keeps the shape (n, K): expected (1, 3), got {got.shape}"
    assert np.allclose(got, expected, atol=1e-8), (
        f"expected e^z / sum(e^z) = {expected}, got {got.tolist()}"
    )


def test_rows_are_normalised_separately():
    Z = np.array([[0.0, 0.0], [5.0, -5.0], [2.0, 3.0]])
    P = softmax(Z)
    assert np.allclose(P.sum(axis=1), 1.0), f"each row should sum to 1, got sums {P.sum(axis=1)}"
    assert np.allclose(P[0], [0.5, 0.5]), f"equal scores give equal probabilities, got {P[0]}"
    assert P[1, 0] > 0.99, "the row [5, -5] should put almost all probability on class 0"


def test_large_scores_do_not_overflow():
    with np.errstate(over="raise", invalid="raise"):
        try:
            P = softmax(np.array([[1000.0, 1001.0, 1002.0], [-1000.0, 0.0, -1000.0]]))
        except FloatingPointError:
            raise AssertionError("softmax overflowed: subtract each row's maximum first") from None
    assert np.all(np.isfinite(P)), f"softmax of large scores gave {P.tolist()}"
    assert np.allclose(P[0], softmax(np.array([[1.0, 2.0, 3.0]]))[0]), (
        "adding 1000 to every score must not change the softmax"
    )
    assert np.allclose(P[1], [0.0, 1.0, 0.0]), f"expected [0, 1, 0], got {P[1]}"


def test_cross_entropy_values():
    got = cross_entropy(np.array([[1.0, 2.0, 3.0]]), np.array([2]))
    assert abs(got - 0.40760596) < 1e-7, f"expected -log 0.6652 ≈ 0.4076, got {got}"
    got = cross_entropy(np.zeros((3, 4)), np.array([0, 2, 3]))
    assert isinstance(got, float), f"return the loss as a Python float, got {type(got).__name__}"
    assert abs(got - np.log(4)) < 1e-12, f"4 equal scores give loss log 4 ≈ 1.3863 on every row, got {got}"
    got = cross_entropy(np.array([[2.0, 0.0], [0.0, 0.0]]), np.array([1, 0]))
    expected = (np.log(1 + np.exp(2.0)) + np.log(2)) / 2
    assert abs(got - expected) < 1e-12, f"expected the mean of the two row losses {expected:.6f}, got {got}"


def test_cross_entropy_is_exact_for_a_hopeless_true_class():
    got = cross_entropy(np.array([[0.0, -1000.0]]), np.array([1]))
    assert np.isfinite(got) and abs(got - 1000.0) < 1e-9, (
        f"p_y = e^-1000 underflows to 0, but log p_y = -1000 exactly: expected loss 1000, got {got}"
    )


def test_gradient_is_probabilities_minus_one_hot_over_n():
    got = cross_entropy_gradient(np.array([[0.0, 0.0]]), np.array([0]))
    assert np.allclose(got, [[-0.5, 0.5]]), f"expected [[0.5 - 1, 0.5]] = [[-0.5, 0.5]], got {got.tolist()}"
    got = cross_entropy_gradient(np.zeros((2, 2)), np.array([0, 1]))
    assert np.allclose(got, [[-0.25, 0.25], [0.25, -0.25]]), (
        f"with n = 2 rows every entry is divided by 2, got {got.tolist()}"
    )


def test_gradient_matches_numerical_gradient():
    rng = np.random.default_rng(0)
    Z = rng.normal(size=(4, 3))
    y = np.array([0, 2, 1, 2])
    grad = cross_entropy_gradient(Z, y)
    assert grad.shape == Z.shape, f"the gradient has Z's shape {Z.shape}, got {grad.shape}"
    eps = 1e-6
    for idx in np.ndindex(Z.shape):
        up, down = Z.copy(), Z.copy()
        up[idx] += eps
        down[idx] -= eps
        numerical = (cross_entropy(up, y) - cross_entropy(down, y)) / (2 * eps)
        assert abs(grad[idx] - numerical) < 1e-7, (
            f"gradient at {list(idx)} is {grad[idx]:.8f}, numerical {numerical:.8f}"
        )
    assert np.allclose(grad.sum(axis=1), 0.0), "each row of the gradient should sum to 0"


def test_inputs_are_not_modified():
    Z = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    y = np.array([2, 0])
    Z0, y0 = Z.copy(), y.copy()
    softmax(Z)
    cross_entropy(Z, y)
    cross_entropy_gradient(Z, y)
    assert np.array_equal(Z, Z0) and np.array_equal(y, y0), "Z and y must not change"


def test_invalid_input_raises_value_error():
    Z = np.zeros((2, 3))
    cases = [
        ("a label of 3 with only 3 classes", lambda: cross_entropy(Z, np.array([0, 3]))),
        ("a negative label", lambda: cross_entropy_gradient(Z, np.array([-1, 0]))),
        ("one label for two rows", lambda: cross_entropy(Z, np.array([0]))),
        ("a 1-D score array", lambda: softmax(np.array([1.0, 2.0]))),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
