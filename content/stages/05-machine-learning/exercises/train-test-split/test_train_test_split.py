import random

from train_test_split import split


def test_test_size_is_rounded_up():
    train, test = split(list(range(10)), 0.25, seed=0)
    assert len(test) == 3 and len(train) == 7, (
        "0.25 * 10 = 2.5 rounds up to 3 test items and 7 train items, "
        f"got {len(test)} and {len(train)}"
    )


def test_every_item_appears_exactly_once():
    items = list(range(50))
    train, test = split(items, 0.2, seed=1)
    assert sorted(train + test) == items, (
        "train and test together must hold every item exactly once"
    )
    assert not set(train) & set(test), f"items in both sets: {sorted(set(train) & set(test))}"


def test_same_seed_gives_same_split_and_different_seeds_differ():
    items = list(range(20))
    first, again = split(items, 0.3, seed=7), split(items, 0.3, seed=7)
    assert first == again, "two calls with the same seed must return the same split"
    assert split(items, 0.3, seed=0) != split(items, 0.3, seed=1), (
        "seeds 0 and 1 should give different splits"
    )


def test_follows_the_random_random_recipe():
    items = ["a", "b", "c", "d", "e", "f", "g", "h"]
    expected = list(items)
    random.Random(42).shuffle(expected)
    train, test = split(items, 0.5, seed=42)
    assert (train, test) == (expected[4:], expected[:4]), (
        f"expected test = first 4 of the shuffled copy {expected}, train = the rest; "
        f"got train={train}, test={test}"
    )


def test_float_product_is_not_rounded_up_too_far():
    train, test = split(list(range(100)), 0.07, seed=0)
    assert len(test) == 7, (
        f"expected 7 test items for 7% of 100, got {len(test)}; 100 * 0.07 is 7.000000000000001 "
        "in floating point, so round it before taking the ceiling"
    )


def test_input_and_global_random_state_are_untouched():
    items = (5, 3, 9, 1)
    random.seed(123)
    expected_next = random.random()
    random.seed(123)
    train, test = split(items, 0.5, seed=0)
    assert random.random() == expected_next, (
        "split must not use or reseed the global random generator"
    )
    assert items == (5, 3, 9, 1), "the input must not change"
    assert isinstance(train, list) and isinstance(test, list), (
        "train and test should be lists, even for a tuple input"
    )


def test_tiny_inputs():
    assert split([], 0.5, seed=0) == ([], []), (
        f"empty input should give ([], []), got {split([], 0.5, seed=0)}"
    )
    got = split(["only"], 0.1, seed=0)
    assert got == ([], ["only"]), (
        f"ceil(0.1 * 1) = 1, so a single item goes to test: expected ([], ['only']), got {got}"
    )


def test_fraction_outside_open_interval_raises_value_error():
    for fraction in (0.0, 1.0, -0.2, 1.5):
        try:
            split(list(range(10)), fraction, seed=0)
        except ValueError:
            continue
        raise AssertionError(
            f"expected ValueError for test_fraction={fraction}: it must be strictly between 0 and 1"
        )
