# Hidden tests: other label values (negative, unsorted, non-contiguous), other image sizes and seeds,
# checked against a loop written here; single-image batches, another tie and other bad shapes.
import numpy as np

from nearest_centroid_digits import fit_centroids, predict


def test_unsorted_negative_labels_and_class_means():
    rng = np.random.default_rng(42)
    images = rng.integers(0, 10, size=(9, 4, 5))
    labels = np.array([10, -3, 4, 10, 4, -3, -3, 10, 10])
    classes, centroids = fit_centroids(images, labels)
    assert list(classes) == [-3, 4, 10], f"expected the sorted distinct labels [-3, 4, 10], got {list(classes)}"
    assert centroids.shape == (3, 20), f"3 classes of 4x5 images give shape (3, 20), got {centroids.shape}"
    assert centroids.dtype.kind == "f", f"centroids should be floats, got {centroids.dtype}"
    for k, c in enumerate([-3, 4, 10]):
        want = images[labels == c].reshape(-1, 20).mean(axis=0)
        assert np.allclose(centroids[k], want), f"centroid {k} should be the mean image of class {c}"


def test_predictions_match_a_loop_on_random_data():
    rng = np.random.default_rng(5)
    x_train = rng.normal(size=(40, 6, 3))
    y_train = rng.choice([2, 9, 11, 30], size=40)
    x_test = rng.normal(size=(25, 6, 3))
    classes, centroids = fit_centroids(x_train, y_train)
    want = []
    for x in x_test:
        dists = [np.sum((x.ravel() - x_train[y_train == c].reshape(-1, 18).mean(axis=0)) ** 2) for c in sorted(set(y_train))]
        want.append(sorted(set(y_train))[int(np.argmin(dists))])
    got = predict(x_test, classes, centroids)
    assert got.shape == (25,), f"one prediction per image: expected shape (25,), got {got.shape}"
    assert list(got) == want, f"{sum(int(a != b) for a, b in zip(got, want))} of 25 predictions differ from a loop reference"


def test_single_image_batch_returns_one_label():
    images = np.array([[[0.0, 0.0, 0.0]], [[5.0, 5.0, 5.0]], [[6.0, 4.0, 5.0]]])  # shape (3, 1, 3)
    classes, centroids = fit_centroids(images, np.array([8, 3, 3]))
    assert list(classes) == [3, 8] and np.allclose(centroids, [[5.5, 4.5, 5.0], [0.0, 0.0, 0.0]]), (
        f"expected classes [3, 8] and centroids [[5.5, 4.5, 5], [0, 0, 0]], got {list(classes)}, {centroids.tolist()}"
    )
    got = predict(np.array([[[1.0, 0.5, 0.0]]]), classes, centroids)
    assert got.shape == (1,) and got[0] == 8, f"a (1, 1, 3) batch gives shape (1,) with label 8, got {got!r}"


def test_three_way_tie_goes_to_the_smallest_label():
    classes = np.array([-1, 6, 20])
    centroids = np.array([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0]])
    got = predict(np.array([[0.0, 0.0], [0.0, 0.9]]), classes, centroids)
    assert list(got) == [-1, 20], (
        f"the origin is at distance 1 from all three centroids (tie -> -1); [0, 0.9] is nearest 20. Got {list(got)}"
    )


def test_other_bad_shapes_raise_value_error():
    flat = np.arange(12.0).reshape(4, 3)
    classes, centroids = fit_centroids(flat, np.array([0, 1, 0, 1]))
    saved = flat.copy()
    predict(flat, classes, centroids)
    assert np.array_equal(flat, saved), "the images must not change"
    cases = [
        ("4 images but 5 labels", lambda: fit_centroids(flat, np.array([0, 1, 0, 1, 1]))),
        ("flat images of 4 pixels for 3-pixel centroids", lambda: predict(np.zeros((2, 4)), classes, centroids)),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
