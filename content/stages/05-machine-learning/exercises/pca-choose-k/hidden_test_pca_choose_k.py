import numpy as np
from sklearn.decomposition import PCA

from pca_choose_k import reconstruct, reconstruction_error, smallest_k


def test_other_ratios():
    ratios = np.array([0.4, 0.3, 0.2, 0.1])
    assert smallest_k(ratios, 0.65) == 2
    assert smallest_k(ratios, 0.95) == 4
    assert smallest_k(ratios, 0.4) == 1


def test_other_data_matches_scikit_learn():
    rng = np.random.default_rng(21)
    X = rng.normal(size=(30, 4)) @ rng.normal(size=(4, 4)) - 20
    pca = PCA(n_components=3).fit(X)
    assert np.allclose(reconstruct(X, 3), pca.inverse_transform(pca.transform(X)), atol=1e-8)
    variances = PCA().fit(X).explained_variance_
    assert np.isclose(reconstruction_error(X, 1), variances[1:].sum() * 29 / 30)
