from bpe_train_merges import train_bpe

CORPUS = {"low": 5, "lower": 2, "newest": 6, "widest": 3}


def test_single_word_merges_its_pairs():
    got = train_bpe({"ab": 3}, 1)
    assert got == [("a", "b")], f"'ab' has one pair, (a, b); expected [('a', 'b')], got {got}"


def test_worked_example():
    got = train_bpe(CORPUS, 5)
    expected = [("e", "s"), ("es", "t"), ("l", "o"), ("lo", "w"), ("e", "w")]
    assert got[:2] == expected[:2], (
        f"round 1 picks (e, s) (9 times, tied with (s, t) but smaller); round 2 must recount and find "
        f"(es, t) 9 times. Expected {expected[:2]}, got {got[:2]}"
    )
    assert got == expected, f"expected {expected}, got {got}"


def test_pairs_are_weighted_by_word_counts():
    got = train_bpe({"ab": 1, "cd": 5}, 1)
    assert got == [("c", "d")], f"'cd' occurs 5 times and 'ab' once, so (c, d) comes first; got {got}"


def test_ties_go_to_the_smallest_pair_not_the_first_seen():
    got = train_bpe({"xy": 2, "ab": 2, "ac": 2}, 3)
    assert got == [("a", "b"), ("a", "c"), ("x", "y")], (
        "all three pairs occur twice: take them smallest first, (a, b) < (a, c) < (x, y), "
        f"whatever order the words come in; got {got}"
    )


def test_stops_when_no_pair_is_left():
    got = train_bpe({"ab": 3, "c": 9}, 10)
    assert got == [("a", "b")], (
        f"after merging (a, b) every word is one symbol, so training stops with 1 merge; got {got}"
    )


def test_repeated_letters_merge_left_to_right():
    got = train_bpe({"aaaa": 1}, 2)
    assert got == [("a", "a"), ("aa", "aa")], (
        "the first merge turns 'a a a a' into 'aa aa' (left to right, no overlaps), so the "
        f"second merge is (aa, aa); got {got}"
    )
    got = train_bpe({"aaa": 1}, 2)
    assert got == [("a", "a"), ("aa", "a")], f"'a a a' becomes 'aa a' after the first merge; got {got}"


def test_zero_merges_empty_table_and_bad_argument():
    assert train_bpe(CORPUS, 0) == [], "num_merges = 0 learns nothing"
    assert train_bpe({}, 3) == [], "an empty table has nothing to merge"
    try:
        train_bpe(CORPUS, -1)
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError for num_merges = -1")


def test_input_is_not_modified():
    table = dict(CORPUS)
    train_bpe(table, 4)
    assert table == CORPUS, "train_bpe must not change word_counts"
