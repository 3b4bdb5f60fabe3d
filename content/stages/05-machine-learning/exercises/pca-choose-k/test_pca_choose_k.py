import numpy as np
from sklearn.decomposition import PCA

from pca_choose_k import reconstruct, reconstruction_error, smallest_k

HAND = np.array([[-2, -2], [-1, -1], [1, 1], [2, 2], [1, -1], [-1, 1]], dtype=float) + 10


def offset_data(seed: int = 0, n: int = 50) -> np.ndarray:
    rng = np.random.default_rng(seed)
    latent = rng.normal(size=(n, 2)) * [3.0, 1.0]
    mixing = rng.normal(size=(2, 5))
    return latent @ mixing + rng.normal(scale=0.2, size=(n, 5)) + 50.0


def test_smallest_k_reaches_the_threshold():
    ratios = np.array([0.5, 0.25, 0.125, 0.125])
    assert smallest_k(ratios, 0.75) == 2, "0.5 + 0.25 = 0.75 reaches 0.75 exactly: expected 2"
    assert smallest_k(ratios, 0.8) == 3, "0.75 is short of 0.8, 0.875 reaches it: expected 3"
    assert smallest_k(ratios, 0.3) == 1, "the first ratio alone reaches 0.3: expected 1"


def test_threshold_one_needs_every_component_even_with_rounding():
    ratios = np.full(10, 0.1)  # the float sum is 0.9999999999999999
    got = smallest_k(ratios, 1.0)
    assert got == 10, f"threshold 1 needs all 10 components, got {got}"


def test_hand_reconstruction():
    X_hat = reconstruct(HAND, 1)
    assert np.allclose(X_hat[4], [10.0, 10.0]), (
        f"(11, 9) projects to the mean along (1, 1): expected (10, 10), got {X_hat[4]}. "
        "Did you add the mean back?"
    )
    assert np.allclose(X_hat[3], [12.0, 12.0]), f"(12, 12) lies on the main direction, got {X_hat[3]}"
    got = reconstruction_error(HAND, 1)
    assert np.isclose(got, 0.8 * 5 / 6), (
        f"the dropped variance is 0.8, so the mean squared error is 0.8 * 5/6 = 0.6667, got {got}"
    )


def test_matches_scikit_learn_inverse_transform():
    X = offset_data()
    pca = PCA(n_components=2).fit(X)
    expected = pca.inverse_transform(pca.transform(X))
    got = reconstruct(X, 2)
    assert np.allclose(got, expected, atol=1e-8), (
        f"expected PCA(2).inverse_transform(transform(X)), first row {expected[0]}, got {got[0]}"
    )


def test_error_equals_the_dropped_variance():
    X = offset_data(1)
    n = len(X)
    variances = PCA().fit(X).explained_variance_
    for k in range(6):
        expected = variances[k:].sum() * (n - 1) / n
        got = reconstruction_error(X, k)
        assert np.isclose(got, expected), (
            f"with k={k} the error should be (n-1)/n * (sum of dropped variances) = "
            f"{expected:.5f}, got {got:.5f}"
        )


def test_error_never_rises_with_k_and_is_zero_with_all():
    X = offset_data(2)
    errors = [reconstruction_error(X, k) for k in range(6)]
    assert all(b <= a + 1e-9 for a, b in zip(errors, errors[1:])), (
        f"keeping more components can only lower the error, got {np.round(errors, 4)}"
    )
    assert errors[-1] < 1e-9, f"with all 5 components the error is 0, got {errors[-1]}"
    centred = X - X.mean(axis=0)
    assert np.isclose(errors[0], np.mean(np.sum(centred**2, axis=1))), (
        "with k=0 every row is rebuilt as the mean"
    )


def test_bad_arguments_raise_and_input_unchanged():
    X = offset_data(3, n=8)
    X0 = X.copy()
    reconstruction_error(X, 2)
    assert np.array_equal(X, X0), "X must not change"
    for call, why in (
        (lambda: reconstruct(X, 6), "k=6 with 5 features"),
        (lambda: reconstruct(X, -1), "k=-1"),
        (lambda: smallest_k(np.array([0.6, 0.4]), 0.0), "threshold 0"),
        (lambda: smallest_k(np.array([0.6, 0.4]), 1.5), "threshold 1.5"),
    ):
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
