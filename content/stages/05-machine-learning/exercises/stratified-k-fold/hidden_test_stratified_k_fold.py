import numpy as np

from stratified_k_fold import stratified_k_fold


def test_properties_on_random_label_sets():
    rng = np.random.default_rng(123)
    for trial in range(25):
        n_classes = int(rng.integers(2, 5))
        counts = rng.integers(5, 40, size=n_classes)
        y = np.repeat(np.array(["cat", "dog", "eel", "fox"][:n_classes]), counts)
        rng.shuffle(y)
        k = int(rng.integers(2, min(counts.min(), 8) + 1))
        splits = stratified_k_fold(y, k, seed=trial)
        assert len(splits) == k
        tested = np.sort(np.concatenate([t for _, t in splits]))
        assert np.array_equal(tested, np.arange(len(y))), f"trial {trial}: every index once"
        sizes = [len(t) for _, t in splits]
        assert max(sizes) - min(sizes) <= 1, f"trial {trial}: fold sizes {sizes}"
        for c, n_c in zip(*np.unique(y, return_counts=True)):
            per_fold = [int(np.sum(y[t] == c)) for _, t in splits]
            assert min(per_fold) >= n_c // k and max(per_fold) <= -(-n_c // k), (
                f"trial {trial}: class {c} with {n_c} rows over {k} folds got {per_fold}"
            )
        for train, test in splits:
            assert len(np.intersect1d(train, test)) == 0 and len(train) + len(test) == len(y)
