import numpy as np

from pairwise_distances import pairwise_distances


def loop_reference(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """The slow, obvious version: one distance at a time."""
    D = np.empty((len(X), len(Y)))
    for i in range(len(X)):
        for j in range(len(Y)):
            D[i, j] = np.sqrt(np.sum((X[i] - Y[j]) ** 2))
    return D


def test_small_example_by_hand():
    X = np.array([[0, 0], [3, 4]])
    Y = np.array([[0, 0], [6, 8], [3, 0]])
    got = pairwise_distances(X, Y)
    expected = np.array([[0.0, 10.0, 3.0], [5.0, 5.0, 4.0]])
    assert np.allclose(got, expected), f"expected\n{expected}\ngot\n{got}"


def test_shape_is_n_by_m():
    got = pairwise_distances(np.zeros((5, 3)), np.ones((7, 3)))
    assert got.shape == (5, 7), (
        f"X has 5 rows and Y has 7, so expected shape (5, 7), got {got.shape}"
    )


def test_returns_floats_for_integer_input():
    got = pairwise_distances(np.array([[0, 0]]), np.array([[1, 1]]))
    assert got.dtype.kind == "f", (
        f"expected a float array (distances are rarely whole), got dtype {got.dtype}"
    )
    assert abs(got[0, 0] - np.sqrt(2)) < 1e-12, f"expected sqrt(2) ≈ 1.4142, got {got[0, 0]}"


def test_matches_loop_reference_on_random_data():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(20, 4))
    Y = rng.normal(size=(15, 4))
    got, expected = pairwise_distances(X, Y), loop_reference(X, Y)
    assert got.shape == (20, 15), f"expected shape (20, 15), got {got.shape}"
    assert np.allclose(got, expected, atol=1e-9), (
        f"largest difference from the loop version: {np.max(np.abs(got - expected))}"
    )


def test_distances_to_itself_are_symmetric_with_zero_diagonal():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(10, 3))
    D = pairwise_distances(X, X)
    assert not np.isnan(D).any(), (
        "got nan: a squared distance went slightly negative before the square root"
    )
    assert np.allclose(np.diag(D), 0.0, atol=1e-6), (
        f"each point is at distance 0 from itself, got {np.diag(D)}"
    )
    assert np.allclose(D, D.T), "D(X, X) should be symmetric"


def test_single_rows_give_one_by_one():
    got = pairwise_distances(np.array([[1.0, 2.0, 2.0]]), np.array([[0.0, 0.0, 0.0]]))
    assert got.shape == (1, 1) and abs(got[0, 0] - 3.0) < 1e-12, f"expected [[3.0]], got {got}"


def test_inputs_are_not_modified():
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    Y = np.array([[0.0, 1.0]])
    X0, Y0 = X.copy(), Y.copy()
    pairwise_distances(X, Y)
    assert np.array_equal(X, X0) and np.array_equal(Y, Y0), "the input arrays were changed"


def test_mismatched_columns_raise_value_error():
    try:
        pairwise_distances(np.zeros((2, 3)), np.zeros((4, 2)))
    except ValueError:
        return
    raise AssertionError("expected ValueError: points with 3 and 2 coordinates cannot be compared")


def test_one_dimensional_input_raises_value_error():
    try:
        pairwise_distances(np.array([1.0, 2.0]), np.zeros((3, 2)))
    except ValueError:
        return
    raise AssertionError(
        "expected ValueError for a 1-D X; a single point must be passed as shape (1, d)"
    )
