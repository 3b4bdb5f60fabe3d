import numpy as np

from kmeans_full import kmeans

X_LESSON = np.array([[1.0], [2.0], [9.0], [10.0]])
INIT_LESSON = np.array([[1.0], [2.0]])


def blobs(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = np.array([[0.0, 0.0], [6.0, 6.0], [0.0, 8.0]])
    X = np.vstack([c + rng.normal(scale=0.7, size=(40, 2)) for c in centres])
    return X, np.repeat([0, 1, 2], 40), centres


def test_lesson_example_converges_in_three_iterations():
    labels, cents, n_iter = kmeans(X_LESSON, INIT_LESSON)
    assert np.allclose(cents, [[1.5], [9.5]]), (
        f"expected final centroids [[1.5], [9.5]], got {cents.tolist()}"
    )
    assert list(labels) == [0, 0, 1, 1], f"expected labels [0, 0, 1, 1], got {list(labels)}"
    assert n_iter == 3, (
        "centroids go (1, 2) -> (1, 7) -> (1.5, 9.5) -> (1.5, 9.5): the third iteration "
        f"moves nothing and ends the loop, so expected 3 iterations, got {n_iter}"
    )


def test_max_iter_stops_early_and_labels_match_the_returned_centroids():
    labels, cents, n_iter = kmeans(X_LESSON, INIT_LESSON, max_iter=1)
    assert n_iter == 1, f"max_iter=1 allows exactly one iteration, got {n_iter}"
    assert np.allclose(cents, [[1.0], [7.0]]), (
        f"after one iteration the centroids are [[1], [7]], got {cents.tolist()}"
    )
    assert list(labels) == [0, 0, 1, 1], (
        "labels must describe the returned centroids 1 and 7, where 2 "
        f"is nearer to 1: expected [0, 0, 1, 1], got {list(labels)}. "
        "[0, 1, 1, 1] are the stale labels from before the update"
    )


def test_tolerance_ends_the_loop_when_centroids_barely_move():
    _, cents, n_iter = kmeans(X_LESSON, INIT_LESSON, tol=3.0)
    assert n_iter == 2, (
        "in iteration 2 the centroids move by 0.5 and 2.5, both "
        f"<= tol = 3, so expected 2 iterations, got {n_iter}"
    )
    assert np.allclose(cents, [[1.5], [9.5]]), (
        f"expected the centroids of iteration 2, [[1.5], [9.5]], got {cents.tolist()}"
    )


def test_recovers_three_blobs():
    X, truth, centres = blobs()
    init = X[[0, 40, 80]]  # one starting point inside each blob
    labels, cents, n_iter = kmeans(X, init)
    assert np.array_equal(labels, truth), (
        f"{np.sum(labels != truth)} points ended in the wrong blob"
    )
    assert np.allclose(cents, centres, atol=0.3), (
        f"centroids should be near the blob centres, got {cents.round(2).tolist()}"
    )
    assert 1 <= n_iter < 10, (
        f"well-separated blobs should converge within a few iterations, took {n_iter}"
    )


def test_converged_result_is_a_fixed_point():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(80, 3))
    labels, cents, _ = kmeans(X, X[:4], max_iter=300, tol=0.0)
    sq = ((X[:, None, :] - cents[None, :, :]) ** 2).sum(axis=2)
    assert np.array_equal(labels, sq.argmin(axis=1)), (
        "every point should be labelled with its nearest returned centroid"
    )
    for j in range(4):
        assert np.allclose(cents[j], X[labels == j].mean(axis=0)), (
            f"after convergence centroid {j} should be the mean of its points"
        )


def test_empty_cluster_keeps_its_centroid():
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    labels, cents, _ = kmeans(X, np.array([[0.0, 0.0], [100.0, 100.0]]))
    assert list(labels) == [0, 0], f"both points are nearest to centroid 0, got {list(labels)}"
    assert not np.isnan(cents).any(), "an empty cluster produced nan: the mean of zero points"
    assert np.allclose(cents, [[0.5, 0.5], [100.0, 100.0]]), (
        f"centroid 1 gets no points and should stay at [100, 100], got {cents.tolist()}"
    )


def test_types_and_untouched_inputs():
    X = np.array([[0, 0], [1, 0], [10, 10], [11, 10]])  # integers on purpose
    init = np.array([[0, 0], [10, 10]])
    X0, init0 = X.copy(), init.copy()
    labels, cents, n_iter = kmeans(X, init)
    assert np.array_equal(X, X0) and np.array_equal(init, init0), (
        "X and init_centroids must not change"
    )
    assert labels.shape == (4,) and labels.dtype.kind in "iu", (
        f"labels should be integers of shape (4,), got {labels.dtype} {labels.shape}"
    )
    assert cents.shape == (2, 2) and cents.dtype.kind == "f", (
        f"centroids should be floats of shape (2, 2), got {cents.dtype} {cents.shape}"
    )
    assert isinstance(n_iter, int), f"n_iter should be an int, got {type(n_iter).__name__}"


def test_bad_arguments_raise_value_error():
    X = np.zeros((5, 2))
    cases = [
        (lambda: kmeans(X, np.zeros((2, 3))), "2-D points with 3-D centroids"),
        (lambda: kmeans(X[:, 0], np.zeros((2, 1))), "a 1-D X"),
        (lambda: kmeans(X, np.zeros((2, 2)), max_iter=0), "max_iter = 0"),
        (lambda: kmeans(X, np.zeros((2, 2)), tol=-1.0), "a negative tol"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
