import numpy as np

from train_only_oversampling import random_oversample, split_and_oversample


def test_other_draws():
    X = np.arange(20, dtype=float).reshape(10, 2)
    y = np.array([1, 0, 1, 1, 1, 0, 1, 1, 2, 1])
    X_res, y_res = random_oversample(X, y, seed=123)
    rng = np.random.default_rng(123)
    e0 = rng.choice(np.array([1, 5]), size=5, replace=True)
    e2 = rng.choice(np.array([8]), size=6, replace=True)
    assert np.array_equal(X_res[10:], X[np.concatenate([e0, e2])])
    assert np.array_equal(np.bincount(y_res), [7, 7, 7])


def test_string_labels_and_split():
    rng = np.random.default_rng(0)
    y = np.array(["no"] * 60 + ["yes"] * 12)
    X = np.column_stack([np.arange(72.0), rng.normal(size=72)])
    X_train, X_test, y_train, y_test = split_and_oversample(X, y, test_size=0.5, seed=1)
    assert not set(X_train[:, 0]) & set(X_test[:, 0])
    assert (y_train == "yes").sum() == (y_train == "no").sum() == 30
    assert (y_test == "yes").sum() == 6
