# Hidden tests: other rows than the visible ones — several ignored columns, tabs and newlines,
# unsorted discovery order, exact and normalised hits for the same test row, and a seeded random
# set checked against a brute-force comparison written here.
import random

from split_leakage_check import find_leaks


def brute_force(train, test, ignore):
    def strip(row):
        return {k: v for k, v in row.items() if k not in ignore}

    def norm(row):
        return {k: (" ".join(v.split()).lower() if isinstance(v, str) else v) for k, v in strip(row).items()}

    exact = [(i, j) for i, a in enumerate(train) for j, b in enumerate(test) if strip(a) == strip(b)]
    normalised = [
        (i, j) for i, a in enumerate(train) for j, b in enumerate(test)
        if norm(a) == norm(b) and (i, j) not in exact
    ]
    return {"exact": sorted(exact), "normalised": sorted(normalised)}


def test_several_ignored_columns_and_other_whitespace():
    train = [
        {"row": 1, "source": "a.csv", "review": "Too\tloud\n", "stars": 2},
        {"row": 2, "source": "a.csv", "review": "quiet", "stars": 5},
    ]
    test = [
        {"stars": 2, "review": " too   LOUD", "source": "b.csv", "row": 7},
        {"row": 8, "source": "b.csv", "review": "quiet", "stars": 4},
    ]
    got = find_leaks(train, test, ignore=("row", "source"))
    assert got == {"exact": [], "normalised": [(0, 0)]}, (
        "with row and source ignored, 'Too\\tloud\\n' and ' too   LOUD' match after normalising; "
        f"'quiet' with 5 and 4 stars differ. Got {got}"
    )
    got = find_leaks(train, test, ignore=("row",))
    assert got == {"exact": [], "normalised": []}, f"keeping 'source' in the comparison separates them, got {got}"


def test_pairs_are_sorted_and_split_by_kind():
    train = [
        {"t": "x"}, {"t": "Spam  Eggs"}, {"t": "spam eggs"}, {"t": "y"}, {"t": "SPAM EGGS"},
    ]
    test = [{"t": "y"}, {"t": "spam eggs"}, {"t": "x"}]
    got = find_leaks(train, test)
    assert got["exact"] == [(0, 2), (2, 1), (3, 0)], f"expected exact [(0, 2), (2, 1), (3, 0)], sorted; got {got['exact']}"
    assert got["normalised"] == [(1, 1), (4, 1)], (
        f"test row 1 equals train row 2 exactly and rows 1 and 4 only after normalising; got {got['normalised']}"
    )


def test_non_strings_are_not_normalised():
    train = [{"v": None, "n": 0}, {"v": "None", "n": 0}, {"v": 2.5, "n": 0}]
    test = [{"v": "none", "n": 0.0}, {"v": 2.5, "n": -0.0}]
    got = find_leaks(train, test)
    assert got == {"exact": [(2, 1)], "normalised": [(1, 0)]}, (
        "the string 'None' normalises to 'none' but the value None stays None; 0, 0.0 and -0.0 are equal. "
        f"Got {got}"
    )


def test_random_rows_match_a_brute_force_check():
    rng = random.Random(17)
    texts = ["ok", "OK ", "bad  fit", "Bad fit", "great", "GREAT", " great"]

    def row(i):
        return {"id": i, "text": rng.choice(texts), "size": rng.choice([1, 2, 2.0]), "tag": rng.choice([None, "a"])}

    train = [row(i) for i in range(60)]
    test = [row(100 + i) for i in range(40)]
    got = find_leaks(train, test, ignore=("id",))
    want = brute_force(train, test, ("id",))
    assert got["exact"] == want["exact"], (
        f"expected {len(want['exact'])} exact pairs, got {len(got['exact'])}; first expected {want['exact'][:5]}"
    )
    assert got["normalised"] == want["normalised"], (
        f"expected {len(want['normalised'])} normalised pairs, got {len(got['normalised'])}; "
        f"first expected {want['normalised'][:5]}"
    )


def test_rows_with_different_keys_never_match():
    train = [{"a": "x", "b": None}, {"a": "x"}]
    test = [{"a": "x", "c": None}, {"b": None, "a": "X"}]
    got = find_leaks(train, test)
    assert got == {"exact": [], "normalised": [(0, 1)]}, (
        f"a missing key is not the same as a key holding None; only (0, 1) matches, after normalising. Got {got}"
    )
