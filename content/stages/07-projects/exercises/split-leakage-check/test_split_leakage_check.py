import copy
import random

from split_leakage_check import find_leaks

TRAIN = [
    {"id": 1, "text": "Great phone", "label": "pos"},
    {"id": 2, "text": "Battery died", "label": "neg"},
    {"id": 3, "text": "great  phone ", "label": "pos"},
]
TEST = [
    {"id": 10, "text": "Great phone", "label": "pos"},
    {"id": 11, "text": "BATTERY DIED", "label": "neg"},
    {"id": 12, "text": "Love it", "label": "pos"},
]


def test_finds_exact_copies_when_the_id_is_ignored():
    got = find_leaks(TRAIN, TEST, ignore=("id",))
    assert got["exact"] == [(0, 0)], (
        "train row 0 and test row 0 are identical apart from the id: expected exact [(0, 0)], got "
        f"{got['exact']}"
    )


def test_a_unique_id_hides_every_duplicate():
    got = find_leaks(TRAIN, TEST)
    assert got == {"exact": [], "normalised": []}, (
        f"without ignoring 'id', every row has a different id, so nothing matches; got {got}"
    )


def test_finds_copies_that_differ_only_in_case_and_spaces():
    got = find_leaks(TRAIN, TEST, ignore=("id",))
    assert got["normalised"] == [(1, 1), (2, 0)], (
        "'Battery died'/'BATTERY DIED' and 'great  phone '/'Great phone' match after normalising: "
        f"expected normalised [(1, 1), (2, 0)], got {got['normalised']}"
    )
    assert (0, 0) not in got["normalised"], "an exact match must be listed only under 'exact'"


def test_one_test_row_can_match_several_training_rows():
    train = [{"x": 1, "y": "a"}, {"x": 2, "y": "b"}, {"x": 1, "y": "a"}]
    got = find_leaks(train, [{"x": 1, "y": "a"}])
    assert got["exact"] == [(0, 0), (2, 0)], (
        f"expected both copies reported, [(0, 0), (2, 0)], got {got['exact']}"
    )


def test_rows_must_have_the_same_columns_and_values():
    train = [{"text": "Great phone"}, {"text": "Great phone", "label": "pos"}]
    test = [{"text": "Great phones"}, {"label": "pos", "text": "great phone"}]
    got = find_leaks(train, test)
    assert got == {"exact": [], "normalised": [(1, 1)]}, (
        "'Great phone' and 'Great phones' are different; a row with an extra 'label' column only "
        "matches a row with the same columns (in any key order): expected normalised [(1, 1)] "
        f"only, got {got}"
    )


def test_non_string_values_are_compared_as_they_are():
    got = find_leaks([{"n": 1, "flag": None}], [{"n": 1.0, "flag": None}, {"n": 2, "flag": None}])
    assert got == {"exact": [(0, 0)], "normalised": []}, (
        f"1 == 1.0 in Python, so the first test row is an exact copy; 2 matches nothing: got {got}"
    )


def test_empty_inputs_give_no_pairs():
    empty = {"exact": [], "normalised": []}
    assert find_leaks([], TEST) == empty, "an empty train set shares nothing"
    assert find_leaks(TRAIN, []) == empty, "an empty test set shares nothing"


def test_inputs_are_not_modified():
    train, test = copy.deepcopy(TRAIN), copy.deepcopy(TEST)
    find_leaks(train, test, ignore=("id",))
    assert train == TRAIN and test == TEST, "find_leaks must not change the rows"


class Text(str):
    """A review text that counts how often it is compared with another one."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        Text.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_thousands_of_rows_are_indexed_not_compared_pair_by_pair():
    rng = random.Random(0)
    words = ["cheap", "great", "slow", "phone", "battery", "screen", "fine", "broken"]

    def review(i):
        return {"id": i, "text": Text(" ".join(rng.choices(words, k=6))), "stars": rng.randint(1, 5)}

    # 1,000 x 1,000: comparing every pair compares texts a million times; looking each test row
    # up in an index of the training rows compares them only when the rows may match. Counting
    # comparisons, not seconds, gives the same answer on any machine.
    train = [review(i) for i in range(1000)]
    test = [review(10_000 + i) for i in range(1000)]
    test[5] = dict(train[7], id=99_999)
    test[9] = dict(train[3], id=99_998, text=Text(train[3]["text"].upper()))
    Text.comparisons = 0
    got = find_leaks(train, test, ignore=("id",))
    assert (7, 5) in got["exact"] and (3, 9) in got["normalised"], (
        f"the planted copies (7, 5) exact and (3, 9) normalised were not found: {got}"
    )
    assert Text.comparisons < 50_000, (
        f"1,000 x 1,000 rows made {Text.comparisons:,} comparisons of texts; index the "
        "training rows in a dict so that each test row is one lookup, not a comparison with every row"
    )
