import random

from k_fold_split import k_fold_indices


def test_unshuffled_folds_are_consecutive_blocks():
    got = [test for _, test in k_fold_indices(10, 3)]
    expected = [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert got == expected, (
        "10 = 3·3 + 1, so the first fold gets 4 indices "
        f"and the others 3: expected {expected}, got {got}"
    )


def test_train_is_everything_outside_the_test_fold():
    splits = k_fold_indices(10, 3)
    assert len(splits) == 3, f"expected k = 3 splits, got {len(splits)}"
    train, test = splits[1]
    assert train == [0, 1, 2, 3, 7, 8, 9], (
        f"split 1 tests on [4, 5, 6] and trains on the rest, got train = {train}"
    )
    for i, (train, test) in enumerate(splits):
        assert sorted(train + test) == list(range(10)) and not set(train) & set(test), (
            f"split {i}: train and test must partition 0..9 without overlap"
        )


def test_fold_sizes_differ_by_at_most_one():
    for n, k in [(10, 4), (7, 7), (23, 5), (100, 3), (11, 2)]:
        sizes = [len(test) for _, test in k_fold_indices(n, k)]
        assert max(sizes) - min(sizes) <= 1 and sum(sizes) == n, (
            f"n={n}, k={k}: fold sizes should differ by at most 1 and add up to n, got {sizes}"
        )
        assert sizes == sorted(sizes, reverse=True), (
            f"n={n}, k={k}: the larger folds come first, got {sizes}"
        )


def test_every_index_is_tested_exactly_once():
    tested = [i for _, test in k_fold_indices(23, 5, shuffle=True, seed=3) for i in test]
    assert sorted(tested) == list(range(23)), (
        "across the k folds, every index should be tested exactly once"
    )


def test_shuffle_follows_the_recipe():
    order = list(range(12))
    random.Random(42).shuffle(order)
    expected = [sorted(order[0:3]), sorted(order[3:6]), sorted(order[6:9]), sorted(order[9:12])]
    got = [test for _, test in k_fold_indices(12, 4, shuffle=True, seed=42)]
    assert got == expected, (
        "shuffle list(range(12)) with random.Random(42), cut it into "
        f"4 folds of 3 and sort each: expected {expected}, got {got}"
    )
    train, _ = k_fold_indices(12, 4, shuffle=True, seed=42)[0]
    assert train == sorted(train), f"the training indices should be sorted, got {train}"


def test_same_seed_same_split_and_global_random_untouched():
    random.seed(7)
    expected_next = random.random()
    random.seed(7)
    first = k_fold_indices(20, 4, shuffle=True, seed=1)
    assert random.random() == expected_next, (
        "use random.Random(seed), not the module-level random functions"
    )
    assert k_fold_indices(20, 4, shuffle=True, seed=1) == first, (
        "the same seed must give the same folds"
    )
    assert k_fold_indices(20, 4, shuffle=True, seed=2) != first, (
        "seeds 1 and 2 should give different folds"
    )
    assert k_fold_indices(20, 4, seed=2) == k_fold_indices(20, 4, seed=9), (
        "without shuffle the seed is ignored"
    )


def test_k_equal_to_n_is_leave_one_out():
    splits = k_fold_indices(4, 4)
    assert [test for _, test in splits] == [[0], [1], [2], [3]], (
        "k = n should test one index at a time"
    )
    assert splits[2][0] == [0, 1, 3], f"leaving out 2 trains on [0, 1, 3], got {splits[2][0]}"


def test_invalid_k_raises_value_error():
    for n, k in [(10, 1), (10, 0), (3, 4)]:
        try:
            k_fold_indices(n, k)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for n={n}, k={k}: k must be between 2 and n")
