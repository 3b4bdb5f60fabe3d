import numpy as np
from sklearn.decomposition import PCA

from pca_svd import pca


def correlated_data(seed: int = 0, n: int = 80) -> np.ndarray:
    rng = np.random.default_rng(seed)
    latent = rng.normal(size=(n, 2))
    mixing = np.array([[3.0, 1.0, 0.5, 2.0], [0.0, 1.0, -1.0, 0.5]])
    return latent @ mixing + rng.normal(scale=0.3, size=(n, 4)) + np.array([5.0, -2.0, 100.0, 0.0])


def align_signs(ours: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Flip each of our rows whose sign disagrees with the reference row."""
    signs = np.sign(np.sum(ours * ref, axis=1, keepdims=True))
    return ours * np.where(signs == 0, 1, signs)


def test_hand_example():
    X = np.array([[-2, -2], [-1, -1], [1, 1], [2, 2], [1, -1], [-1, 1]], dtype=float) + 10
    components, ratio, Z = pca(X, k=1)
    assert components.shape == (1, 2) and ratio.shape == (1,) and Z.shape == (6, 1), (
        f"expected shapes (1, 2), (1,), (6, 1), got {components.shape}, {ratio.shape}, {Z.shape}"
    )
    assert np.allclose(np.abs(components[0]), [0.7071068, 0.7071068]), (
        f"the first direction is (1, 1)/sqrt(2) up to sign, got {components[0]}"
    )
    assert np.isclose(ratio[0], 4 / 4.8), (
        f"variances along the two directions are 4 and 0.8, so the ratio is 0.8333, got {ratio[0]}"
    )
    assert np.allclose(np.abs(Z[:, 0]), [2.828427, 1.414214, 1.414214, 2.828427, 0, 0], atol=1e-6), (
        f"project the CENTRED rows (the +10 must not matter), got {Z[:, 0]}"
    )


def test_components_match_scikit_learn_up_to_sign():
    X = correlated_data()
    components, _, _ = pca(X, k=3)
    ref = PCA(n_components=3).fit(X)
    assert np.allclose(align_signs(components, ref.components_), ref.components_, atol=1e-8), (
        f"expected PCA().components_ (up to the sign of each row)\n{ref.components_}\ngot\n{components}"
    )


def test_ratios_match_scikit_learn():
    X = correlated_data(1)
    _, ratio, _ = pca(X, k=2)
    expected = PCA(n_components=2).fit(X).explained_variance_ratio_
    assert np.allclose(ratio, expected), (
        f"expected {expected}, got {ratio}. The denominator is the variance of ALL "
        "directions, not only the k you keep"
    )


def test_projection_matches_scikit_learn_up_to_sign():
    X = correlated_data(2)
    components, _, Z = pca(X, k=2)
    ref = PCA(n_components=2)
    Z_ref = ref.fit_transform(X)
    signs = np.sign(np.sum(components * ref.components_, axis=1))
    assert np.allclose(Z * signs, Z_ref, atol=1e-8), (
        "expected fit_transform's projection (up to the sign of each column); "
        f"first rows {Z_ref[:2]}, got {Z[:2]}"
    )
    assert np.allclose(Z, (X - X.mean(axis=0)) @ components.T), (
        "the projection must use your own components: (X - mean) @ components.T"
    )


def test_components_are_orthonormal_and_projections_uncorrelated():
    X = correlated_data(3)
    components, _, Z = pca(X, k=4)
    assert np.allclose(components @ components.T, np.eye(4), atol=1e-10), (
        "the principal directions should be unit length and at right angles"
    )
    cov = np.cov(Z, rowvar=False)
    assert np.allclose(cov, np.diag(np.diag(cov)), atol=1e-8), (
        "the projected columns should be uncorrelated"
    )
    assert np.all(np.diff(np.diag(cov)) <= 1e-12), "variances should come largest first"


def test_all_components_explain_everything():
    X = correlated_data(4, n=10)
    _, ratio, _ = pca(X, k=4)
    assert np.isclose(ratio.sum(), 1.0), f"all min(n, d) ratios should sum to 1, got {ratio.sum()}"


def test_bad_arguments_raise_and_input_unchanged():
    X = correlated_data(5, n=6)
    X0 = X.copy()
    pca(X, k=2)
    assert np.array_equal(X, X0), "X must not change (centre a copy)"
    for args, why in (((X, 0), "k=0"), ((X, 5), "k=5 with 4 features"), ((X[:, 0], 1), "a 1-D X")):
        try:
            pca(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
