# Hidden tests: other data, starting centroids, budgets and tolerances than the visible ones,
# compared with a plain-loop Lloyd's algorithm written here; also ties and the tol boundary.
import numpy as np

from kmeans_full import kmeans


def nearest(X, C):
    return np.array([min(range(len(C)), key=lambda j: (float(((x - C[j]) ** 2).sum()), j)) for x in X])


def reference(X, init, max_iter, tol):
    X, C = np.asarray(X, float), np.array(init, float)
    n_iter = 0
    for _ in range(max_iter):
        labels = nearest(X, C)
        new = C.copy()
        for j in range(len(C)):
            if (labels == j).any():
                new[j] = X[labels == j].mean(axis=0)
        shift = max(float(np.sqrt(((new[j] - C[j]) ** 2).sum())) for j in range(len(C)))
        C = new
        n_iter += 1
        if shift <= tol:
            break
    return nearest(X, C), C, n_iter


def test_random_data_matches_a_plain_loop_reference_for_several_budgets():
    rng = np.random.default_rng(21)
    X = np.vstack([rng.normal(loc, 1.2, size=(25, 3)) for loc in (-3.0, 0.0, 3.0)])
    init = X[[1, 2, 3, 4]]  # deliberately poor start: four points of the same blob
    for max_iter, tol in [(1, 1e-4), (2, 1e-4), (4, 0.0), (100, 1e-4), (100, 0.5)]:
        labels, cents, n_iter = kmeans(X, init, max_iter=max_iter, tol=tol)
        want_labels, want_cents, want_iter = reference(X, init, max_iter, tol)
        assert n_iter == want_iter, f"max_iter={max_iter}, tol={tol}: expected {want_iter} iterations, got {n_iter}"
        assert np.allclose(cents, want_cents), (
            f"max_iter={max_iter}, tol={tol}: expected centroids {want_cents.round(3).tolist()}, "
            f"got {np.asarray(cents).round(3).tolist()}"
        )
        assert np.array_equal(labels, want_labels), (
            f"max_iter={max_iter}, tol={tol}: labels should be the nearest returned centroid"
        )


def test_a_move_exactly_equal_to_tol_stops_the_loop():
    X = np.array([[0.0], [4.0], [6.0], [10.0]])
    init = np.array([[0.0], [10.0]])
    labels, cents, n_iter = kmeans(X, init)
    assert n_iter == 2 and np.allclose(cents, [[2.0], [8.0]]) and list(labels) == [0, 0, 1, 1], (
        f"(0, 10) -> (2, 8) -> (2, 8): expected 2 iterations, [[2], [8]], [0, 0, 1, 1]; "
        f"got {n_iter}, {np.asarray(cents).tolist()}, {list(labels)}"
    )
    _, cents, n_iter = kmeans(X, init, tol=2.0)
    assert n_iter == 1 and np.allclose(cents, [[2.0], [8.0]]), (
        f"both centroids move exactly 2.0 <= tol = 2.0, so the first iteration ends the loop; got {n_iter}"
    )


def test_ties_go_to_the_lower_centroid_index():
    X = np.array([[0.0], [2.0], [4.0]])
    labels, cents, n_iter = kmeans(X, np.array([[4.0], [0.0]]))
    assert list(labels) == [1, 0, 0] and np.allclose(cents, [[3.0], [0.0]]) and n_iter == 2, (
        "2 is equally far from 4 (centroid 0) and 0 (centroid 1) and joins centroid 0: expected "
        f"labels [1, 0, 0], centroids [[3], [0]], 2 iterations; got {list(labels)}, "
        f"{np.asarray(cents).tolist()}, {n_iter}"
    )


def test_one_cluster_and_a_never_used_centroid():
    rng = np.random.default_rng(8)
    X = rng.uniform(-1, 1, size=(30, 2))
    X0 = X.copy()
    labels, cents, n_iter = kmeans(X, np.array([[5.0, 5.0]]))
    assert np.allclose(cents, [X.mean(axis=0)]) and n_iter == 2 and not labels.any(), (
        f"k = 1: the centroid jumps to the mean, then stays: expected {X.mean(axis=0)}, 2 iterations; "
        f"got {np.asarray(cents).tolist()}, {n_iter}"
    )
    init = np.array([[0.0, 0.0], [-40.0, 40.0]])
    labels, cents, _ = kmeans(X, init)
    assert np.allclose(cents[1], [-40.0, 40.0]) and not np.isnan(cents).any(), (
        f"the far centroid never gets a point and must stay at [-40, 40], got {np.asarray(cents).tolist()}"
    )
    assert np.array_equal(X, X0) and np.array_equal(init, [[0.0, 0.0], [-40.0, 40.0]]), "inputs must not change"


def test_other_bad_arguments_raise_value_error():
    X = np.zeros((4, 3))
    cases = [
        (lambda: kmeans(np.zeros((2, 2, 2)), np.zeros((2, 2))), "a 3-D X"),
        (lambda: kmeans(X, np.zeros(3)), "1-D init_centroids"),
        (lambda: kmeans(X, np.zeros((2, 2))), "3 columns in X but 2 in the centroids"),
        (lambda: kmeans(X, np.zeros((2, 3)), max_iter=-5), "max_iter = -5"),
        (lambda: kmeans(X, np.zeros((2, 3)), tol=-1e-9), "tol = -1e-9"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
