import numpy as np

from stratified_k_fold import stratified_k_fold


def check_class_counts(y, splits, k):
    for c in np.unique(y):
        n_c = int(np.sum(y == c))
        lo, hi = n_c // k, -(-n_c // k)
        for i, (_, test) in enumerate(splits):
            got = int(np.sum(y[test] == c))
            assert lo <= got <= hi, (
                f"class {c!r} has {n_c} rows, so each of the {k} folds should hold {lo} or {hi} "
                f"of them; fold {i} holds {got}"
            )


def test_imbalanced_classes_keep_their_share_in_every_fold():
    y = np.array([0] * 90 + [1] * 10)  # stored sorted, 10% positives
    splits = stratified_k_fold(y, 5, seed=0)
    assert len(splits) == 5, f"expected 5 splits, got {len(splits)}"
    for i, (_, test) in enumerate(splits):
        assert len(test) == 20 and int(y[test].sum()) == 2, (
            f"each fold of 20 should hold exactly 2 of the 10 positives; fold {i} has "
            f"{len(test)} rows and {int(y[test].sum())} positives"
        )


def test_every_index_is_tested_exactly_once():
    y = np.array(list("aabbbbcccccccc") * 3)
    splits = stratified_k_fold(y, 3, seed=1)
    tested = np.concatenate([test for _, test in splits])
    assert np.array_equal(np.sort(tested), np.arange(len(y))), (
        "across the k test folds every index 0..n-1 should appear exactly once"
    )
    for i, (train, test) in enumerate(splits):
        assert np.array_equal(np.sort(np.concatenate([train, test])), np.arange(len(y))), (
            f"split {i}: train and test together must be every index, without overlap"
        )


def test_class_counts_per_fold_are_floor_or_ceil():
    y = np.array([0] * 23 + [1] * 7 + [2] * 11)
    check_class_counts(y, stratified_k_fold(y, 4, seed=2), 4)


def test_fold_sizes_differ_by_at_most_one():
    # Each class has a remainder of 1: if every class deals from fold 0, fold 0 gets 3 extra rows.
    y = np.array([0] * 7 + [1] * 7 + [2] * 7)
    sizes = [len(test) for _, test in stratified_k_fold(y, 3, seed=0)]
    assert sizes == [7, 7, 7], (
        f"21 rows in 3 folds should give sizes 7, 7, 7, got {sizes}; carry the dealing "
        "position over from one class to the next"
    )
    y = np.array([0] * 13 + [1] * 6 + [2] * 9 + [3] * 5)
    sizes = [len(test) for _, test in stratified_k_fold(y, 5, seed=3)]
    assert max(sizes) - min(sizes) <= 1 and sum(sizes) == 33, (
        f"fold sizes should differ by at most one, got {sizes}"
    )


def test_indices_are_sorted_numpy_arrays():
    y = np.array([1, 0] * 10)
    for train, test in stratified_k_fold(y, 4, seed=4):
        assert isinstance(test, np.ndarray) and np.array_equal(test, np.sort(test)), (
            f"return the test indices as a sorted NumPy array, got {test!r}"
        )
        assert np.array_equal(train, np.sort(train)), "the training indices should be sorted"


def test_shuffles_within_classes_reproducibly():
    y = np.array([0] * 30 + [1] * 30)
    a = stratified_k_fold(y, 3, seed=5)
    b = stratified_k_fold(y, 3, seed=5)
    c = stratified_k_fold(y, 3, seed=6)
    assert all(np.array_equal(ta, tb) for (_, ta), (_, tb) in zip(a, b)), (
        "the same seed must give the same folds"
    )
    assert any(not np.array_equal(ta, tc) for (_, ta), (_, tc) in zip(a, c)), (
        "seeds 5 and 6 gave identical folds: shuffle each class with np.random.default_rng(seed)"
    )


def test_invalid_k_raises_value_error():
    y = np.array([0] * 10 + [1] * 3)
    for k in (1, 4):
        try:
            stratified_k_fold(y, k)
        except ValueError:
            continue
        raise AssertionError(
            f"expected ValueError for k={k}: k must be at least 2 and at most the smallest class (3)"
        )
