import numpy as np

from kmeans_step import kmeans_step


def loop_reference(X: np.ndarray, C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same step written with plain loops, for comparison."""
    labels = np.array([min(range(len(C)), key=lambda j: (np.sum((x - C[j]) ** 2), j)) for x in X])
    new = C.astype(float).copy()
    for j in range(len(C)):
        if np.any(labels == j):
            new[j] = X[labels == j].mean(axis=0)
    return labels, new


def test_lesson_example_first_step():
    X = np.array([[1.0], [2.0], [9.0], [10.0]])
    labels, cents = kmeans_step(X, np.array([[1.0], [2.0]]))
    assert list(labels) == [0, 1, 1, 1], (
        f"2, 9 and 10 are nearer to centroid 2 than to 1: expected [0, 1, 1, 1], got {list(labels)}"
    )
    assert np.allclose(cents, [[1.0], [7.0]]), (
        f"expected centroids [[1], [7]] (mean of 2, 9, 10 is 7), got {cents.tolist()}"
    )


def test_lesson_example_second_step():
    X = np.array([[1.0], [2.0], [9.0], [10.0]])
    labels, cents = kmeans_step(X, np.array([[1.0], [7.0]]))
    assert list(labels) == [0, 0, 1, 1], f"expected labels [0, 0, 1, 1], got {list(labels)}"
    assert np.allclose(cents, [[1.5], [9.5]]), (
        f"expected centroids [[1.5], [9.5]], got {cents.tolist()}"
    )


def test_shapes_and_dtypes():
    X = np.array([[0, 0], [1, 0], [10, 10], [11, 10], [10, 11]])  # integers on purpose
    labels, cents = kmeans_step(X, np.array([[0, 0], [10, 10]]))
    assert labels.shape == (5,) and labels.dtype.kind in "iu", (
        f"labels should be an integer array of shape (5,), got {labels.dtype} {labels.shape}"
    )
    assert cents.shape == (2, 2) and cents.dtype.kind == "f", (
        f"new centroids should be a float array of shape (2, 2), got {cents.dtype} {cents.shape}"
    )
    assert np.allclose(cents, [[0.5, 0.0], [31 / 3, 31 / 3]]), (
        f"expected [[0.5, 0], [10.33, 10.33]], got {cents.tolist()}"
    )


def test_ties_go_to_the_lowest_index():
    X = np.array([[5.0], [0.0]])
    labels, _ = kmeans_step(X, np.array([[4.0], [6.0], [-1.0], [1.0]]))
    assert labels[0] == 0, (
        f"5 is equally near 4 (index 0) and 6 (index 1): expected label 0, got {labels[0]}"
    )
    assert labels[1] == 2, (
        f"0 is equally near -1 (index 2) and 1 (index 3): expected label 2, got {labels[1]}"
    )


def test_empty_cluster_keeps_its_centroid():
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    labels, cents = kmeans_step(X, np.array([[0.0, 0.0], [100.0, 100.0]]))
    assert list(labels) == [0, 0], f"both points are nearest to centroid 0, got {list(labels)}"
    assert not np.isnan(cents).any(), "an empty cluster produced nan: the mean of zero points"
    assert np.allclose(cents[1], [100.0, 100.0]), (
        f"centroid 1 got no points and should stay at [100, 100], got {cents[1]}"
    )


def test_duplicate_centroids_leave_the_second_copy_empty():
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    labels, cents = kmeans_step(X, np.array([[0.0, 0.0], [0.0, 0.0]]))
    assert list(labels) == [0, 0], (
        f"with two identical centroids every point takes index 0, got {list(labels)}"
    )
    assert np.allclose(cents, [[2.0, 3.0], [0.0, 0.0]]), (
        "expected [[2, 3], [0, 0]]: centroid 0 moves to the mean, "
        f"the empty copy stays; got {cents.tolist()}"
    )


def test_matches_loop_reference_on_random_data():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(100, 3))
    C = rng.normal(size=(4, 3))
    labels, cents = kmeans_step(X, C)
    ref_labels, ref_cents = loop_reference(X, C)
    assert np.array_equal(labels, ref_labels), (
        f"{np.sum(labels != ref_labels)} labels differ from a loop-based reference"
    )
    assert np.allclose(cents, ref_cents), "new centroids differ from a loop-based reference"


def test_inputs_are_not_modified():
    X = np.array([[0.0], [2.0], [10.0]])
    C = np.array([[1.0], [9.0]])
    X0, C0 = X.copy(), C.copy()
    _, cents = kmeans_step(X, C)
    assert np.array_equal(X, X0) and np.array_equal(C, C0), "X and centroids must not change"
    assert cents is not C, "return a new centroid array, not the input"


def test_mismatched_dimensions_raise_value_error():
    try:
        kmeans_step(np.zeros((5, 2)), np.zeros((3, 3)))
    except ValueError:
        return
    raise AssertionError("expected ValueError: 2-D points cannot be compared with 3-D centroids")
