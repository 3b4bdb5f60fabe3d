import numpy as np
from sklearn.decomposition import PCA

from pca_svd import pca


def test_wide_data_matches_scikit_learn():
    rng = np.random.default_rng(9)
    X = rng.normal(size=(7, 12)) * np.linspace(0.5, 3, 12) + 4
    components, ratio, Z = pca(X, k=3)
    ref = PCA(n_components=3)
    Z_ref = ref.fit_transform(X)
    signs = np.sign(np.sum(components * ref.components_, axis=1))
    assert np.allclose(components * signs[:, None], ref.components_, atol=1e-8)
    assert np.allclose(ratio, ref.explained_variance_ratio_)
    assert np.allclose(Z * signs, Z_ref, atol=1e-8)


def test_k_equal_to_n_is_allowed():
    X = np.random.default_rng(2).normal(size=(3, 5))
    _, ratio, Z = pca(X, k=3)
    assert Z.shape == (3, 3) and np.isclose(ratio.sum(), 1.0)
