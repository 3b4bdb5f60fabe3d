import numpy as np
from sklearn.model_selection import train_test_split

from train_only_oversampling import random_oversample, split_and_oversample


def labelled_rows(counts: dict[int, int], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Rows whose first column is a unique row id, so copies can be traced."""
    y = np.concatenate([np.full(n, c) for c, n in counts.items()])
    rng = np.random.default_rng(seed)
    y = y[rng.permutation(len(y))]
    X = np.column_stack([np.arange(len(y), dtype=float), rng.normal(size=len(y))])
    return X, y


def test_worked_example_draws():
    X = np.arange(12, dtype=float).reshape(6, 2)
    y = np.array([0, 0, 0, 0, 1, 1])
    X_res, y_res = random_oversample(X, y, seed=0)
    extra = np.random.default_rng(0).choice(np.array([4, 5]), size=2, replace=True)
    assert np.array_equal(y_res, [0, 0, 0, 0, 1, 1, 1, 1]), f"expected 4 of each class, got {y_res}"
    assert np.array_equal(X_res[:6], X), "the original rows come first, unchanged and in order"
    assert np.array_equal(X_res[6:], X[extra]), (
        f"the copies should be rows {extra} from rng.choice([4, 5], size=2, replace=True) "
        f"with default_rng(0); got {X_res[6:]}"
    )


def test_classes_become_equal_and_copies_are_real_rows():
    X, y = labelled_rows({0: 50, 1: 6, 2: 14})
    X_res, y_res = random_oversample(X, y, seed=3)
    assert np.array_equal(np.bincount(y_res), [50, 50, 50]), (
        f"every class should be topped up to 50, got counts {np.bincount(y_res)}"
    )
    ids = X_res[len(X):, 0].astype(int)
    assert np.array_equal(y[ids], y_res[len(X):]), "each copy must keep the label of its row"
    assert np.array_equal(X[ids], X_res[len(X):]), "each added row must be an exact copy"


def test_multiclass_draws_in_sorted_class_order():
    X, y = labelled_rows({2: 3, 0: 8, 1: 5}, seed=1)
    _, y_res = random_oversample(X, y, seed=7)
    rng = np.random.default_rng(7)
    first = rng.choice(np.flatnonzero(y == 1), size=3, replace=True)
    second = rng.choice(np.flatnonzero(y == 2), size=5, replace=True)
    X_res, _ = random_oversample(X, y, seed=7)
    expected = np.concatenate([first, second])
    assert np.array_equal(X_res[len(X):, 0].astype(int), expected), (
        "draw class 1 first, then class 2, from one default_rng(7): expected rows "
        f"{expected}, got {X_res[len(X):, 0].astype(int)}"
    )


def test_balanced_data_is_returned_unchanged():
    X, y = labelled_rows({0: 4, 1: 4})
    X_res, y_res = random_oversample(X, y, seed=0)
    assert np.array_equal(X_res, X) and np.array_equal(y_res, y), "nothing to top up"


def test_test_split_is_untouched_and_never_copied():
    X, y = labelled_rows({0: 180, 1: 20}, seed=2)
    X_train, X_test, y_train, y_test = split_and_oversample(X, y, test_size=0.25, seed=4)
    _, X_test_ref, _, y_test_ref = train_test_split(X, y, test_size=0.25, stratify=y, random_state=4)
    assert np.array_equal(X_test, X_test_ref) and np.array_equal(y_test, y_test_ref), (
        "the test split should be exactly train_test_split's, with stratify=y and random_state=seed"
    )
    assert np.array_equal(np.bincount(y_test), [45, 5]), (
        f"the test set keeps the real class mix (45 and 5), got {np.bincount(y_test)}"
    )
    leaked = set(X_train[:, 0].astype(int)) & set(X_test[:, 0].astype(int))
    assert not leaked, f"rows {sorted(leaked)[:5]} appear in both training and test data: split first"
    assert np.array_equal(np.bincount(y_train), [135, 135]), (
        f"the training split (135 and 15) should be topped up to 135 each, got {np.bincount(y_train)}"
    )


def test_same_seed_same_result_and_inputs_unchanged():
    X, y = labelled_rows({0: 30, 1: 4})
    X0, y0 = X.copy(), y.copy()
    a = random_oversample(X, y, seed=9)
    b = random_oversample(X, y, seed=9)
    c = random_oversample(X, y, seed=10)
    assert np.array_equal(a[0], b[0]), "the same seed should give the same copies"
    assert not np.array_equal(a[0], c[0]), "a different seed should give different copies"
    assert np.array_equal(X, X0) and np.array_equal(y, y0), "X and y must not change"


def test_bad_arguments_raise_value_error():
    for args, why in (
        ((np.zeros((3, 2)), np.array([0, 1]), 0), "3 rows but 2 labels"),
        ((np.zeros((0, 2)), np.array([], dtype=int), 0), "no rows"),
    ):
        try:
            random_oversample(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
