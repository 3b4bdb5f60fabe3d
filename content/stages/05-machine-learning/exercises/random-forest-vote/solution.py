import random
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

Predictor = Callable[[list[float]], Any]
Trainer = Callable[[list[list[float]], list[Any]], Predictor]


def bootstrap_indices(n: int, rng: random.Random) -> list[int]:
    """n row indices drawn uniformly with replacement: rng.randrange(n), n times."""
    # With replacement: a row can be drawn several times or not at all.
    # On average only about 63% of the rows (1 - 1/e) appear in a sample.
    return [rng.randrange(n) for _ in range(n)]


def majority_vote(votes: Sequence[Any]) -> Any:
    """The most common vote; on a tie, the smallest of the tied labels.

    Raises ValueError if there are no votes.
    """
    if not votes:
        raise ValueError("cannot take a majority of zero votes")
    counts = Counter(votes)
    top = max(counts.values())
    # Counter.most_common breaks ties by first appearance, which would make the
    # answer depend on the order of the trees; min() gives a fixed rule instead.
    return min(label for label, count in counts.items() if count == top)


def fit_forest(
    X: list[list[float]], y: list[Any], train: Trainer, n_trees: int, seed: int
) -> list[Predictor]:
    """Train n_trees models, each on its own bootstrap sample of (X, y).

    One random.Random(seed) draws the samples for all trees, in order: tree t
    gets the next len(X) indices. Raises ValueError if n_trees < 1, X is
    empty, or X and y have different lengths.
    """
    if n_trees < 1:
        raise ValueError(f"need at least one tree, got n_trees={n_trees}")
    if not X:
        raise ValueError("cannot train on an empty dataset")
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")

    # A private generator seeded once: the forest depends only on `seed`, and
    # the trees differ because each one continues the same random stream.
    # Re-creating random.Random(seed) per tree would give every tree the same sample.
    rng = random.Random(seed)
    models = []
    for _ in range(n_trees):
        idx = bootstrap_indices(len(X), rng)
        models.append(train([X[i] for i in idx], [y[i] for i in idx]))
    return models


def predict_forest(models: Sequence[Predictor], x: list[float]) -> Any:
    """The majority vote of every model's prediction for x (ties: smallest label)."""
    return majority_vote([model(x) for model in models])
