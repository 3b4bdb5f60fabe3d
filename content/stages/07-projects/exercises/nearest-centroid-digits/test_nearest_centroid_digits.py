import numpy as np

from nearest_centroid_digits import fit_centroids, predict

TRAIN = np.array([[[1.0, 1.0], [0.0, 0.0]], [[1.0, 0.5], [0.0, 0.0]], [[0.0, 0.0], [1.0, 1.0]]])


def make_images(n_per_class: int, seed: int, noise: float = 0.5):
    """Synthetic 8x8 images: class 0 a vertical bar, 1 a horizontal bar, 2 a diagonal, plus noise."""
    rng = np.random.default_rng(seed)
    templates = np.zeros((3, 8, 8))
    templates[0, :, 3:5] = 1.0
    templates[1, 3:5, :] = 1.0
    templates[2][np.eye(8, dtype=bool)] = 1.0
    labels = np.repeat(np.arange(3), n_per_class)
    images = templates[labels] + rng.normal(scale=noise, size=(len(labels), 8, 8))
    return images, labels


def test_centroids_are_flattened_class_means():
    classes, centroids = fit_centroids(TRAIN, np.array([1, 1, 7]))
    assert list(classes) == [1, 7], f"expected the sorted distinct labels [1, 7], got {list(classes)}"
    assert centroids.shape == (2, 4), f"2 classes of 2x2 images give centroids of shape (2, 4), got {centroids.shape}"
    assert np.allclose(centroids, [[1.0, 0.75, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]]), (
        f"class 1's centroid is the mean of its two images, [1, 0.75, 0, 0]; got {centroids.tolist()}"
    )


def test_predict_returns_labels_not_positions():
    classes, centroids = fit_centroids(TRAIN, np.array([1, 1, 7]))
    got = predict(np.array([[[0.0, 0.5], [1.0, 0.5]], [[0.9, 0.9], [0.1, 0.0]]]), classes, centroids)
    assert list(got) == [7, 1], (
        f"the first image is nearer class 7 (0.5 vs 2.3125), the second class 1: expected [7, 1], got {list(got)}"
    )


def test_classes_are_sorted_and_centroids_float():
    images = np.array([[2, 2], [4, 4], [0, 1], [9, 9]])  # already flat, integer pixels
    classes, centroids = fit_centroids(images, np.array([5, 0, 0, 5]))
    assert list(classes) == [0, 5], f"classes should be sorted, got {list(classes)}"
    assert centroids.dtype.kind == "f", f"centroids should be floats, got {centroids.dtype}"
    assert np.allclose(centroids, [[2.0, 2.5], [5.5, 5.5]]), f"expected [[2, 2.5], [5.5, 5.5]], got {centroids.tolist()}"


def test_ties_go_to_the_first_class():
    classes = np.array([2, 4])
    centroids = np.array([[0.0, 0.0], [2.0, 0.0]])
    got = predict(np.array([[1.0, 0.0]]), classes, centroids)
    assert list(got) == [2], f"[1, 0] is equally far from both centroids; the tie goes to class 2, got {list(got)}"


def test_high_accuracy_on_synthetic_images():
    x_train, y_train = make_images(20, seed=0)
    x_test, y_test = make_images(30, seed=1)
    classes, centroids = fit_centroids(x_train, y_train)
    pred = predict(x_test, classes, centroids)
    assert pred.shape == (90,), f"one prediction per test image: expected shape (90,), got {pred.shape}"
    accuracy = float(np.mean(pred == y_test))
    assert accuracy >= 0.95, f"bars and diagonals are easy to tell apart: expected accuracy >= 0.95, got {accuracy:.3f}"


def test_matches_a_loop_reference_on_noisy_images():
    x_train, y_train = make_images(10, seed=2, noise=1.5)
    x_test, _ = make_images(10, seed=3, noise=1.5)
    classes, centroids = fit_centroids(x_train, y_train)
    means = [x_train[y_train == c].reshape(-1, 64).mean(axis=0) for c in classes]
    expected = [classes[int(np.argmin([np.linalg.norm(x.ravel() - m) for m in means]))] for x in x_test]
    got = predict(x_test, classes, centroids)
    assert list(got) == expected, f"{int(np.sum(got != expected))} predictions differ from a loop-based reference"


def test_inputs_are_not_modified():
    images, labels = TRAIN.copy(), np.array([1, 1, 7])
    classes, centroids = fit_centroids(images, labels)
    saved = centroids.copy()
    predict(images, classes, centroids)
    assert np.array_equal(images, TRAIN) and list(labels) == [1, 1, 7], "images and labels must not change"
    assert np.array_equal(centroids, saved), "predict must not change the centroids"


def test_mismatched_inputs_raise_value_error():
    classes, centroids = fit_centroids(TRAIN, np.array([1, 1, 7]))
    cases = [
        ("3 images but 2 labels", lambda: fit_centroids(TRAIN, np.array([1, 7]))),
        ("no images at all", lambda: fit_centroids(np.zeros((0, 2, 2)), np.array([], dtype=int))),
        ("3x3 images for 2x2 centroids", lambda: predict(np.zeros((1, 3, 3)), classes, centroids)),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
