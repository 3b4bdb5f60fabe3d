# Hidden tests: other data, dimensions and centroid counts than the visible ones, compared with a
# plain-loop step written here; also 2-D ties, an empty middle cluster, and more centroids than points.
import numpy as np

from kmeans_step import kmeans_step


def loop_step(X, C):
    X, C = np.asarray(X, float), np.asarray(C, float)
    labels = np.array([min(range(len(C)), key=lambda j: (float(((x - C[j]) ** 2).sum()), j)) for x in X])
    new = C.copy()
    for j in range(len(C)):
        if (labels == j).any():
            new[j] = X[labels == j].mean(axis=0)
    return labels, new


def test_random_data_in_other_dimensions():
    rng = np.random.default_rng(123)
    for n, d, k in [(60, 2, 3), (45, 5, 6), (7, 1, 2)]:
        X = rng.uniform(-10, 10, size=(n, d))
        C = rng.uniform(-10, 10, size=(k, d))
        labels, cents = kmeans_step(X, C)
        want_labels, want_cents = loop_step(X, C)
        assert np.array_equal(labels, want_labels), (
            f"n={n}, d={d}, k={k}: {np.sum(labels != want_labels)} labels differ from the nearest centroid"
        )
        assert np.allclose(cents, want_cents), f"n={n}, d={d}, k={k}: centroids differ from the cluster means"


def test_two_dimensional_ties_go_to_the_lower_index():
    X = np.array([[0.0, 0.0], [10.0, 10.0]])
    C = np.array([[0.0, 5.0], [5.0, 0.0], [-3.0, -4.0], [13.0, 14.0], [10.0, 15.0]])
    labels, cents = kmeans_step(X, C)
    assert list(labels) == [0, 3], (
        "the origin is 5 away from centroids 0, 1 and 2 and takes 0; [10, 10] is 5 away from "
        f"centroids 3 and 4 and takes 3: expected [0, 3], got {list(labels)}"
    )
    want = [[0.0, 0.0], [5.0, 0.0], [-3.0, -4.0], [10.0, 10.0], [10.0, 15.0]]
    assert np.allclose(cents, want), (
        f"centroids 0 and 3 move onto their single point, the others stay: expected {want}, "
        f"got {np.asarray(cents).tolist()}"
    )


def test_empty_middle_cluster_and_more_centroids_than_points():
    X = np.array([[0], [1], [20]])  # integers on purpose
    C = np.array([[0], [10], [21], [100], [-50]])
    X0, C0 = X.copy(), C.copy()
    labels, cents = kmeans_step(X, C)
    assert list(labels) == [0, 0, 2], f"expected labels [0, 0, 2], got {list(labels)}"
    assert cents.dtype.kind == "f" and np.allclose(cents, [[0.5], [10.0], [20.0], [100.0], [-50.0]]), (
        "centroids 1, 3 and 4 get no points and stay; expected [[0.5], [10], [20], [100], [-50]], "
        f"got {np.asarray(cents).tolist()}"
    )
    assert np.array_equal(X, X0) and np.array_equal(C, C0), "X and centroids must not change"


def test_a_single_centroid_moves_to_the_overall_mean():
    rng = np.random.default_rng(4)
    X = rng.normal(3.0, 2.0, size=(25, 4))
    labels, cents = kmeans_step(X, np.zeros((1, 4)))
    assert not labels.any() and np.allclose(cents, [X.mean(axis=0)]), (
        f"with k = 1 every point has label 0 and the centroid is the mean {X.mean(axis=0)}, "
        f"got {np.asarray(cents).tolist()}"
    )


def test_other_bad_shapes_raise_value_error():
    cases = [
        (np.zeros(5), np.zeros((2, 1)), "a 1-D X"),
        (np.zeros((5, 2)), np.zeros(2), "1-D centroids"),
        (np.zeros((5, 1)), np.zeros((2, 4)), "1 column in X but 4 in the centroids"),
    ]
    for X, C, why in cases:
        try:
            kmeans_step(X, C)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
