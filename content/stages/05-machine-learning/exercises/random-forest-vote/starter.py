import random
from collections.abc import Callable, Sequence
from typing import Any

Predictor = Callable[[list[float]], Any]
Trainer = Callable[[list[list[float]], list[Any]], Predictor]


def bootstrap_indices(n: int, rng: random.Random) -> list[int]:
    """n row indices drawn uniformly with replacement: rng.randrange(n), n times."""
    raise NotImplementedError("draw n indices with replacement")


def majority_vote(votes: Sequence[Any]) -> Any:
    """The most common vote; on a tie, the smallest of the tied labels.

    Raises ValueError if there are no votes.
    """
    raise NotImplementedError("count the votes and break ties by the smallest label")


def fit_forest(
    X: list[list[float]], y: list[Any], train: Trainer, n_trees: int, seed: int
) -> list[Predictor]:
    """Train n_trees models, each on its own bootstrap sample of (X, y).

    One random.Random(seed) draws the samples for all trees, in order: tree t
    gets the next len(X) indices. Raises ValueError if n_trees < 1, X is
    empty, or X and y have different lengths.
    """
    raise NotImplementedError("one generator, one bootstrap sample per tree, call train on each")


def predict_forest(models: Sequence[Predictor], x: list[float]) -> Any:
    """The majority vote of every model's prediction for x (ties: smallest label)."""
    raise NotImplementedError("ask every model, then take the majority vote")
