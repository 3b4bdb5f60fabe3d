def k_fold_indices(
    n: int, k: int, shuffle: bool = False, seed: int = 0
) -> list[tuple[list[int], list[int]]]:
    """Return k (train, test) index splits for k-fold cross-validation on n examples.

    The indices 0..n-1 (shuffled with random.Random(seed) if shuffle is True)
    are cut into k consecutive folds; the first n % k folds get one extra
    index. Split i tests on fold i and trains on all other indices. Both lists
    are sorted. Raises ValueError unless 2 <= k <= n.
    """
    raise NotImplementedError("work out the fold sizes, cut the indices, build (train, test) pairs")
