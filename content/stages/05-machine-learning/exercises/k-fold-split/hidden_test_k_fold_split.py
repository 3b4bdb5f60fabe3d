# Hidden tests: other n, k and seeds than the visible ones, with the expected folds rebuilt from the
# recipe here; also the smallest case n = k = 2 and other invalid k.
import random

from k_fold_split import k_fold_indices


def recipe(n, k, shuffle=False, seed=0):
    order = list(range(n))
    if shuffle:
        random.Random(seed).shuffle(order)
    q, r = divmod(n, k)
    splits, start = [], 0
    for i in range(k):
        size = q + (1 if i < r else 0)
        test = sorted(order[start : start + size])
        start += size
        splits.append(([j for j in range(n) if j not in test], test))
    return splits


def test_unshuffled_splits_for_other_sizes():
    for n, k in [(10, 4), (13, 5), (9, 3), (17, 6), (5, 2)]:
        got = k_fold_indices(n, k)
        want = recipe(n, k)
        assert got == want, f"n={n}, k={k}: expected {want}, got {got}"
    sizes = [len(test) for _, test in k_fold_indices(10, 4)]
    assert sizes == [3, 3, 2, 2], f"n=10, k=4 gives fold sizes 3, 3, 2, 2 (not 3, 3, 3, 1), got {sizes}"


def test_shuffled_splits_for_other_seeds():
    for n, k, seed in [(15, 4, 0), (31, 7, 123), (8, 8, 5), (20, 3, 2024)]:
        got = k_fold_indices(n, k, shuffle=True, seed=seed)
        want = recipe(n, k, shuffle=True, seed=seed)
        assert got == want, (
            f"n={n}, k={k}, seed={seed}: shuffle list(range(n)) once with random.Random(seed), "
            f"then cut; expected {want}, got {got}"
        )


def test_smallest_valid_case():
    assert k_fold_indices(2, 2) == [([1], [0]), ([0], [1])], (
        f"n = k = 2: expected [([1], [0]), ([0], [1])], got {k_fold_indices(2, 2)}"
    )


def test_splits_are_partitions_and_lists_are_sorted():
    for n, k, seed in [(27, 4, 9), (12, 12, 1)]:
        splits = k_fold_indices(n, k, shuffle=True, seed=seed)
        assert len(splits) == k, f"expected {k} splits, got {len(splits)}"
        for i, (train, test) in enumerate(splits):
            assert train == sorted(train) and test == sorted(test), f"split {i}: both lists must be sorted"
            assert sorted(train + test) == list(range(n)) and not set(train) & set(test), (
                f"split {i}: train and test must partition 0..{n - 1}"
            )


def test_other_invalid_k_raise_value_error():
    for n, k in [(1, 2), (5, -3), (5, 6), (0, 0), (2, 1)]:
        try:
            k_fold_indices(n, k)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for n={n}, k={k}: k must be between 2 and n")
