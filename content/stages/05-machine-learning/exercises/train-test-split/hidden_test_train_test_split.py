# Hidden tests: other items, fractions and seeds than the visible ones (strings, tuples, ranges),
# with the expected split rebuilt from the recipe here; also other float products near an integer.
import math
import random

from train_test_split import split


def recipe(items, fraction, seed):
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    n_test = math.ceil(round(fraction * len(shuffled), 9))
    return shuffled[n_test:], shuffled[:n_test]


def test_other_items_fractions_and_seeds_follow_the_recipe():
    cases = [
        (list("abcdefghijklm"), 0.4, 3),
        (tuple(range(100, 137)), 0.15, 2024),
        (range(23), 0.9, 11),
        ([(i, -i) for i in range(6)], 0.5, 0),
    ]
    for items, fraction, seed in cases:
        got = split(items, fraction, seed)
        want = recipe(items, fraction, seed)
        assert got == want, f"{type(items).__name__} of {len(items)}, fraction {fraction}, seed {seed}: expected {want}, got {got}"
        train, test = got
        assert isinstance(train, list) and isinstance(test, list), "train and test should be new lists"


def test_other_products_just_above_an_integer_are_not_rounded_up():
    for n, fraction, want in [(50, 0.14, 7), (100, 0.56, 56), (300, 0.17, 51), (200, 0.55, 110)]:
        train, test = split(range(n), fraction, seed=5)
        assert len(test) == want and len(train) == n - want, (
            f"{fraction} * {n} is {fraction * n} in floating point but means {want}: expected {want} test "
            f"items, got {len(test)}"
        )


def test_genuine_fractions_still_round_up():
    for n, fraction, want in [(7, 0.01, 1), (9, 0.5, 5), (3, 0.34, 2), (1000, 0.0005, 1)]:
        _, test = split(list(range(n)), fraction, seed=1)
        assert len(test) == want, f"ceil({fraction} * {n}) = {want} test items, got {len(test)}"


def test_input_list_is_not_shuffled_in_place():
    items = [9, 8, 7, 6, 5, 4]
    train, test = split(items, 0.5, seed=3)
    assert items == [9, 8, 7, 6, 5, 4], f"the input must keep its order, got {items}"
    assert train is not items and test is not items, "return new lists, not the input"
    assert sorted(train + test) == sorted(items), "every item appears exactly once"


def test_other_bad_fractions_raise_value_error():
    for fraction in (-1e-9, 1.0000001, 2, -3):
        try:
            split([1, 2, 3], fraction, seed=0)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for test_fraction={fraction}")
