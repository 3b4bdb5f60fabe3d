# Hidden tests: other data sets, models, fold counts and seeds, each checked against a hand-made
# shuffled k-fold loop, so numbers fitted to the visible iris runs cannot pass.
import numpy as np
from sklearn.base import clone
from sklearn.datasets import load_wine, make_classification
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import KFold
from sklearn.naive_bayes import GaussianNB
from sklearn.tree import DecisionTreeClassifier

from sklearn_cross_validation import cv_accuracy

X_SYN, Y_SYN = make_classification(
    n_samples=120, n_features=6, n_informative=3, flip_y=0.1, random_state=4
)
X_WINE, Y_WINE = load_wine(return_X_y=True)  # stored sorted by class


def reference(model, X, y, n_splits, seed):
    scores = []
    for train, test in KFold(n_splits=n_splits, shuffle=True, random_state=seed).split(X):
        scores.append(clone(model).fit(X[train], y[train]).score(X[test], y[test]))
    scores = np.array(scores)
    return scores.mean(), scores.std(ddof=1)


def assert_matches(model, X, y, n_splits, seed):
    got = cv_accuracy(model, X, y, n_splits=n_splits, seed=seed)
    want = reference(model, X, y, n_splits, seed)
    assert np.allclose(got, want, rtol=0, atol=1e-12), (
        f"n_splits={n_splits}, seed={seed}: expected (mean, std) "
        f"{tuple(round(float(v), 4) for v in want)}, got {tuple(round(float(v), 4) for v in got)}"
    )
    return got


def test_other_data_and_model():
    assert_matches(GaussianNB(), X_SYN, Y_SYN, n_splits=6, seed=2)


def test_sorted_wine_data_with_default_arguments():
    mean, std = assert_matches(GaussianNB(), X_WINE, Y_WINE, n_splits=5, seed=0)
    assert type(mean) is float and type(std) is float, (
        f"expected two Python floats, got {type(mean).__name__} and {type(std).__name__}"
    )
    got = cv_accuracy(GaussianNB(), X_WINE, Y_WINE)
    assert got == (mean, std), f"the defaults should be n_splits=5 and seed=0, got {got}"


def test_two_folds_use_the_sample_std():
    assert_matches(DecisionTreeClassifier(random_state=3), X_SYN, Y_SYN, n_splits=2, seed=9)


def test_other_seeds_give_their_own_folds():
    tree = DecisionTreeClassifier(random_state=0)
    results = {seed: assert_matches(tree, X_SYN, Y_SYN, n_splits=4, seed=seed) for seed in (5, 6, 7)}
    assert len(set(results.values())) > 1, (
        f"different seeds should give different folds and (here) different results, got {results}"
    )


def test_model_stays_unfitted_and_bad_folds_raise():
    model = GaussianNB()
    cv_accuracy(model, X_SYN, Y_SYN, n_splits=3, seed=1)
    try:
        model.predict(X_SYN[:1])
    except NotFittedError:
        pass
    else:
        raise AssertionError("the model passed in was fitted; train clones of it instead")
    try:
        cv_accuracy(GaussianNB(), X_SYN, Y_SYN, n_splits=-2)
    except ValueError:
        return
    raise AssertionError("expected ValueError for n_splits = -2: k-fold needs k >= 2")
