from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def split(items: Sequence[T], test_fraction: float, seed: int) -> tuple[list[T], list[T]]:
    """Return (train, test): a shuffled split of items with ceil(test_fraction * n) test items.

    Shuffles a copy of items with random.Random(seed); the first
    ceil(test_fraction * n) shuffled items form the test set and the rest the
    training set. Raises ValueError unless 0 < test_fraction < 1.
    """
    raise NotImplementedError("copy, shuffle with random.Random(seed), then slice")
