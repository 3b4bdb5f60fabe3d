import random

from random_forest_vote import bootstrap_indices, fit_forest, majority_vote, predict_forest


def train_stump(X: list[list[float]], y: list[int]):
    """A decision stump: the single rule 'x[j] <= t' with the fewest training errors."""
    best = None  # (errors, j, t, left_label, right_label)
    labels = sorted(set(y))
    for j in range(len(X[0])):
        for t in sorted({row[j] for row in X}):
            for left in labels:
                for right in labels:
                    predicted = [left if row[j] <= t else right for row in X]
                    errors = sum(p != label for p, label in zip(predicted, y))
                    if best is None or errors < best[0]:
                        best = (errors, j, t, left, right)
    _, j, t, left, right = best
    return lambda x: left if x[j] <= t else right


def recording_trainer(log: list):
    """A trainer that records every sample it is given and predicts nothing useful."""

    def train(X, y):
        log.append((X, y))
        return lambda x: 0

    return train


def test_bootstrap_indices_use_randrange_n_times():
    got = bootstrap_indices(6, random.Random(3))
    ref = random.Random(3)
    expected = [ref.randrange(6) for _ in range(6)]
    assert got == expected, (
        f"expected [rng.randrange(6) for each of 6 draws] = {expected}, got {got}"
    )


def test_bootstrap_draws_with_replacement():
    idx = bootstrap_indices(2000, random.Random(0))
    assert len(idx) == 2000 and all(0 <= i < 2000 for i in idx), (
        "expected 2000 indices in range(2000)"
    )
    share = len(set(idx)) / 2000
    assert 0.60 < share < 0.66, (
        "with replacement about 1 - 1/e ≈ 63% of rows appear in a sample, "
        f"got {share:.1%}; a permutation (100%) is not a bootstrap sample"
    )


def test_majority_vote_picks_the_most_common_label():
    assert majority_vote([2, 1, 2, 0, 2]) == 2, "2 has three votes out of five"
    assert majority_vote(["cat", "dog", "dog"]) == "dog", "'dog' has two votes out of three"


def test_vote_ties_go_to_the_smallest_label():
    got = majority_vote([2, 1, 2, 1, 3])
    assert got == 1, f"1 and 2 tie with two votes each: expected the smaller, 1, got {got}"
    got = majority_vote(["b", "a"])
    assert got == "a", f"'a' and 'b' tie: expected the smaller, 'a', got {got!r}"


def test_each_tree_trains_on_the_next_bootstrap_sample():
    X = [[10.0], [11.0], [12.0], [13.0], [14.0]]
    y = [0, 1, 2, 3, 4]
    log: list = []
    models = fit_forest(X, y, recording_trainer(log), n_trees=3, seed=42)
    assert len(models) == 3 and len(log) == 3, f"expected 3 trained models, got {len(models)}"
    ref = random.Random(42)  # one generator for the whole forest
    for t, (X_t, y_t) in enumerate(log):
        idx = [ref.randrange(5) for _ in range(5)]
        assert y_t == [y[i] for i in idx] and X_t == [X[i] for i in idx], (
            f"tree {t} should train on rows {idx} (the next 5 "
            f"draws of one random.Random(42)), got labels {y_t}"
        )


def test_same_seed_gives_the_same_forest():
    X = [[float(i)] for i in range(8)]
    y = list(range(8))
    runs = []
    for seed in (5, 5, 6):
        log: list = []
        fit_forest(X, y, recording_trainer(log), n_trees=4, seed=seed)
        runs.append([labels for _, labels in log])
    assert runs[0] == runs[1], "two forests with seed 5 should see the same samples"
    assert runs[0] != runs[2], "seeds 5 and 6 should give different samples"
    assert len({tuple(s) for s in runs[0]}) > 1, (
        "every tree got the same sample: keep one generator "
        "for the whole forest, do not reseed per tree"
    )


def test_predict_forest_takes_the_majority_of_the_models():
    models = [lambda x: 1, lambda x: 0, lambda x: 1, lambda x: 0 if x[0] > 5 else 1]
    assert predict_forest(models, [0.0]) == 1, "three of four models say 1 for x = [0]"
    got = predict_forest(models, [9.0])
    assert got == 0, f"two models say 1 and two say 0 for x = [9]: the tie goes to 0, got {got}"


def test_forest_of_stumps_learns_a_threshold():
    X = [[float(i), float((7 * i) % 5)] for i in range(20)]  # feature 1 is noise
    y = [int(i >= 10) for i in range(20)]
    models = fit_forest(X, y, train_stump, n_trees=15, seed=0)
    predictions = [predict_forest(models, x) for x in X]
    assert predictions == y, (
        f"expected the forest to reproduce the rule x0 >= 10, got {predictions}"
    )


def test_global_random_state_is_untouched():
    random.seed(123)
    expected = random.random()
    random.seed(123)
    fit_forest([[0.0], [1.0], [2.0]], [0, 1, 1], recording_trainer([]), n_trees=5, seed=1)
    assert random.random() == expected, (
        "fit_forest must use its own random.Random(seed), not the module's"
    )


def test_bad_arguments_raise_value_error():
    train = recording_trainer([])
    cases = [
        (lambda: fit_forest([[0.0]], [0], train, n_trees=0, seed=0), "n_trees=0"),
        (lambda: fit_forest([], [], train, n_trees=3, seed=0), "an empty dataset"),
        (lambda: fit_forest([[0.0], [1.0]], [0], train, n_trees=3, seed=0), "2 rows but 1 label"),
        (lambda: majority_vote([]), "no votes at all"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
