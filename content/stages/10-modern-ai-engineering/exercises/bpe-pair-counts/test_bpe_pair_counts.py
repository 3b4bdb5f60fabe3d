from bpe_pair_counts import count_pairs

CORPUS = {
    ("l", "o", "w"): 5,
    ("l", "o", "w", "e", "r"): 2,
    ("n", "e", "w", "e", "s", "t"): 6,
    ("w", "i", "d", "e", "s", "t"): 3,
}


def test_single_word_counts_each_pair_once_per_occurrence():
    got = count_pairs({("c", "a", "t"): 1})
    assert got == {("c", "a"): 1, ("a", "t"): 1}, f"'cat' has the pairs (c, a) and (a, t) once each, got {got}"


def test_pairs_are_weighted_by_word_counts():
    got = count_pairs({("c", "a", "t"): 4})
    assert got == {("c", "a"): 4, ("a", "t"): 4}, (
        f"a word that occurs 4 times contributes each of its pairs 4 times, got {got}"
    )


def test_worked_example():
    got = count_pairs(CORPUS)
    assert got.get(("w", "e")) == 8, f"(w, e) occurs 2 times in 'lower' and 6 in 'newest': 8, got {got.get(('w', 'e'))}"
    assert got.get(("e", "s")) == 9 and got.get(("s", "t")) == 9, (
        f"(e, s) and (s, t) occur 6 + 3 = 9 times each, got {got.get(('e', 's'))} and {got.get(('s', 't'))}"
    )
    assert got == {
        ("l", "o"): 7, ("o", "w"): 7, ("w", "e"): 8, ("e", "r"): 2, ("n", "e"): 6, ("e", "w"): 6,
        ("e", "s"): 9, ("s", "t"): 9, ("w", "i"): 3, ("i", "d"): 3, ("d", "e"): 3,
    }, f"full table differs, got {got}"


def test_repeated_pair_inside_one_word_counts_twice():
    got = count_pairs({("a", "a", "a"): 2})
    assert got == {("a", "a"): 4}, (
        f"'aaa' holds the pair (a, a) at positions 0-1 and 1-2, and it occurs twice: 2 × 2 = 4, got {got}"
    )


def test_order_of_a_pair_matters():
    got = count_pairs({("a", "b"): 1, ("b", "a"): 3})
    assert got == {("a", "b"): 1, ("b", "a"): 3}, f"(a, b) and (b, a) are different pairs, got {got}"


def test_merged_symbols_are_treated_as_single_symbols():
    got = count_pairs({("lo", "w"): 5, ("lo", "w", "er"): 2})
    assert got == {("lo", "w"): 7, ("w", "er"): 2}, (
        f"after merges a symbol can be several characters long; pair whole symbols, got {got}"
    )


def test_words_without_pairs_and_empty_table():
    assert count_pairs({("a",): 10}) == {}, "a one-symbol word has no adjacent pairs"
    assert count_pairs({}) == {}, "an empty table has no pairs"


def test_input_is_not_modified():
    table = {("a", "b", "c"): 2}
    count_pairs(table)
    assert table == {("a", "b", "c"): 2}, "count_pairs must not change word_counts"
