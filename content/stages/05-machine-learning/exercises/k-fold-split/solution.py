import random


def k_fold_indices(
    n: int, k: int, shuffle: bool = False, seed: int = 0
) -> list[tuple[list[int], list[int]]]:
    """Return k (train, test) index splits for k-fold cross-validation on n examples.

    The indices 0..n-1 (shuffled with random.Random(seed) if shuffle is True)
    are cut into k consecutive folds; the first n % k folds get one extra
    index. Split i tests on fold i and trains on all other indices. Both lists
    are sorted. Raises ValueError unless 2 <= k <= n.
    """
    if not 2 <= k <= n:
        raise ValueError(f"k must be between 2 and n = {n}, got {k}")
    order = list(range(n))
    if shuffle:
        # A private generator: reproducible, and the global random state is untouched.
        random.Random(seed).shuffle(order)

    # n = q * k + r: r folds of size q + 1, then k - r folds of size q.
    # This way sizes differ by at most one, and no fold is left nearly empty,
    # which is what a naive ceil(n / k) chunk size can do (n = 10, k = 4: 3, 3, 3, 1).
    q, r = divmod(n, k)
    splits = []
    start = 0
    for i in range(k):
        size = q + 1 if i < r else q
        fold = set(order[start : start + size])
        start += size
        test = sorted(fold)
        train = [j for j in range(n) if j not in fold]  # already sorted
        splits.append((train, test))
    return splits
