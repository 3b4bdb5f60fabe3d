# Hidden tests: other seeds, sizes and tree counts than the visible ones, with the bootstrap samples
# replayed here; also many-way vote ties, strings and negative labels, one tree and bad arguments.
import random

from random_forest_vote import bootstrap_indices, fit_forest, majority_vote, predict_forest


def recording_trainer(log):
    def train(X, y):
        log.append((X, y))
        return lambda x: y[0]

    return train


def test_samples_follow_one_generator_for_other_seeds_and_sizes():
    for n, n_trees, seed in [(7, 6, 2024), (1, 3, 5), (12, 2, 99)]:
        X = [[float(i), -float(i)] for i in range(n)]
        y = [f"row{i}" for i in range(n)]
        log = []
        models = fit_forest(X, y, recording_trainer(log), n_trees=n_trees, seed=seed)
        assert len(models) == n_trees == len(log), f"expected {n_trees} models, got {len(models)}"
        rng = random.Random(seed)
        for t, (X_t, y_t) in enumerate(log):
            idx = [rng.randrange(n) for _ in range(n)]
            assert X_t == [X[i] for i in idx] and y_t == [y[i] for i in idx], (
                f"n={n}, seed={seed}, tree {t}: expected rows {idx}, got labels {y_t}"
            )
        assert [m([0.0, 0.0]) for m in models] == [y_t[0] for _, y_t in log], (
            "return the predictors in tree order"
        )


def test_bootstrap_uses_exactly_n_draws_of_the_given_generator():
    rng, ref = random.Random(17), random.Random(17)
    first = bootstrap_indices(9, rng)
    second = bootstrap_indices(4, rng)
    assert first == [ref.randrange(9) for _ in range(9)], f"expected 9 randrange(9) draws, got {first}"
    assert second == [ref.randrange(4) for _ in range(4)], (
        f"the second call should continue the same stream with 4 randrange(4) draws, got {second}"
    )
    assert bootstrap_indices(1, random.Random(3)) == [0], "a single row can only be sampled as [0]"


def test_vote_ties_among_several_labels():
    assert majority_vote([5, 3, 9, 3, 9, 5]) == 3, "three labels tie with two votes: the smallest is 3"
    assert majority_vote(["pear", "fig", "plum"]) == "fig", "three strings tie: 'fig' is the smallest"
    assert majority_vote([-2, 7, 7, -2, -5]) == -2, "-2 and 7 tie with two votes; -5 has one: expected -2"
    assert majority_vote([0.5]) == 0.5, "a single vote wins"
    assert majority_vote(("b", "c", "c", "a", "b", "c")) == "c", "'c' has three votes"


def test_predict_forest_with_other_models():
    models = [lambda x: "no" if x[0] < 0 else "yes", lambda x: "yes", lambda x: "no", lambda x: "maybe"]
    assert predict_forest(models, [-1.0]) == "no", "for x = [-1]: no, yes, no, maybe -> 'no' has two votes"
    assert predict_forest(models, [1.0]) == "yes", "for x = [1]: yes, yes, no, maybe -> 'yes'"
    assert predict_forest([lambda x: 42], [0.0]) == 42, "one model decides alone"
    models = [lambda x: 3, lambda x: 1, lambda x: 2]
    assert predict_forest(models, [0.0]) == 1, "three-way tie: the smallest label, 1"


def test_other_bad_arguments_raise_value_error():
    train = recording_trainer([])
    cases = [
        (lambda: fit_forest([[0.0]], [0], train, n_trees=-1, seed=0), "n_trees=-1"),
        (lambda: fit_forest([[0.0]], [0, 1], train, n_trees=2, seed=0), "1 row but 2 labels"),
        (lambda: majority_vote(()), "an empty tuple of votes"),
        (lambda: predict_forest([], [0.0]), "no models to vote"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
