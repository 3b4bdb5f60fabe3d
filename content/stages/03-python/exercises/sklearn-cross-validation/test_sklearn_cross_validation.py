import numpy as np
from sklearn.base import clone
from sklearn.datasets import load_iris
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import KFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

from sklearn_cross_validation import cv_accuracy

X, y = load_iris(return_X_y=True)  # stored sorted by class


def fold_scores(model, n_splits: int, seed: int) -> np.ndarray:
    """Shuffled k-fold by hand: a fresh clone per fold, accuracy on the held-out fold."""
    scores = []
    for train, test in KFold(n_splits=n_splits, shuffle=True, random_state=seed).split(X):
        fitted = clone(model).fit(X[train], y[train])
        scores.append(fitted.score(X[test], y[test]))
    return np.array(scores)


def test_worked_example_mean():
    mean, _ = cv_accuracy(KNeighborsClassifier(), X, y)
    expected = fold_scores(KNeighborsClassifier(), 5, 0).mean()
    assert abs(mean - expected) < 1e-12, (
        f"expected mean accuracy {expected:.4f} (≈ 0.96) over 5 shuffled folds with seed 0, "
        f"got {mean:.4f}; "
        "≈ 0.9133 means unshuffled KFold, ≈ 0.9733 means cv=5 (stratified, unshuffled)"
    )


def test_std_is_the_sample_standard_deviation():
    _, std = cv_accuracy(KNeighborsClassifier(), X, y)
    scores = fold_scores(KNeighborsClassifier(), 5, 0)
    expected = scores.std(ddof=1)
    assert abs(std - expected) < 1e-12, (
        f"expected the sample std (ddof=1) {expected:.4f} of the fold scores, got {std:.4f}; "
        f"{scores.std():.4f} would be NumPy's default ddof=0"
    )


def test_returns_plain_floats():
    mean, std = cv_accuracy(KNeighborsClassifier(), X, y)
    assert type(mean) is float and type(std) is float, (
        f"expected two Python floats, got {type(mean).__name__} and {type(std).__name__}"
    )


def test_folds_are_shuffled_for_sorted_data():
    mean, _ = cv_accuracy(KNeighborsClassifier(), X, y, n_splits=3)
    expected = fold_scores(KNeighborsClassifier(), 3, 0).mean()
    assert mean > 0.5 and abs(mean - expected) < 1e-12, (
        f"expected ≈ {expected:.4f} with 3 shuffled folds, got {mean:.4f}; "
        "0.0 means the folds were not shuffled, so each fold held one class that training never saw"
    )


def test_seed_and_n_splits_are_used():
    tree = DecisionTreeClassifier(random_state=0)
    got = cv_accuracy(tree, X, y, n_splits=4, seed=1)
    scores = fold_scores(tree, 4, 1)
    expected = (scores.mean(), scores.std(ddof=1))
    assert np.allclose(got, expected, rtol=0, atol=1e-12), (
        f"expected {tuple(round(v, 4) for v in expected)} with n_splits=4 and seed=1, "
        f"got {tuple(round(v, 4) for v in got)}"
    )
    again = cv_accuracy(tree, X, y, n_splits=4, seed=1)
    assert again == got, f"the same seed should reproduce the result, got {got} then {again}"


def test_the_given_model_stays_unfitted():
    model = KNeighborsClassifier()
    cv_accuracy(model, X, y)
    try:
        model.predict(X[:1])
    except NotFittedError:
        return
    raise AssertionError(
        "the model passed in was fitted; "
        "train clones of it (cross_val_score does), not the model itself"
    )


def test_fewer_than_two_folds_raise_value_error():
    for n_splits in (1, 0):
        try:
            cv_accuracy(KNeighborsClassifier(), X, y, n_splits=n_splits)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for n_splits = {n_splits}: k-fold needs k >= 2")
