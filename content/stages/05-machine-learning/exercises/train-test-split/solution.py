import math
import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def split(items: Sequence[T], test_fraction: float, seed: int) -> tuple[list[T], list[T]]:
    """Return (train, test): a shuffled split of items with ceil(test_fraction * n) test items.

    Shuffles a copy of items with random.Random(seed); the first
    ceil(test_fraction * n) shuffled items form the test set and the rest the
    training set. Raises ValueError unless 0 < test_fraction < 1.
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must be strictly between 0 and 1, got {test_fraction}")

    shuffled = list(items)  # a copy: the caller's sequence stays in its original order
    # A private generator: the result depends only on `seed`, and the global
    # random state used by the rest of the program is left alone.
    random.Random(seed).shuffle(shuffled)

    # round() first: 100 * 0.07 == 7.000000000000001, and ceil of that would be 8.
    n_test = math.ceil(round(test_fraction * len(shuffled), 9))
    return shuffled[n_test:], shuffled[:n_test]
