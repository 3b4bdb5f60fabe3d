from word_frequencies import top_n, word_counts


def test_counts_a_simple_sentence():
    got = word_counts("the cat and the hat")
    assert got == {"the": 2, "cat": 1, "and": 1, "hat": 1}, (
        f"expected 'the' twice and the rest once, got {got}"
    )


def test_counting_ignores_case():
    got = word_counts("Apple apple APPLE")
    assert got == {"apple": 3}, (
        f"upper- and lower-case forms are the same word: expected {{'apple': 3}}, got {got}"
    )


def test_punctuation_separates_and_is_dropped():
    got = word_counts("Hello, world! Hello... well-known world?")
    expected = {"hello": 2, "world": 2, "well": 1, "known": 1}
    assert got == expected, f"expected {expected}, got {got}"


def test_apostrophes_stay_inside_words_only():
    got = word_counts("Don't stop. 'Quoted' words ' alone")
    expected = {"don't": 1, "stop": 1, "quoted": 1, "words": 1, "alone": 1}
    assert got == expected, (
        f"expected {expected}, got {got}: keep inner apostrophes, strip outer ones, "
        "and drop pieces that become empty"
    )


def test_numbers_count_as_words():
    got = word_counts("3 apples, 3 pears")
    assert got == {"3": 2, "apples": 1, "pears": 1}, f"expected '3' to be counted twice, got {got}"


def test_empty_or_punctuation_only_text_gives_empty_dict():
    for text in ("", "   ", "?! -- ..."):
        got = word_counts(text)
        assert got == {}, f"expected {{}} for {text!r}, got {got}"


def test_top_n_sorts_by_count_then_alphabetically():
    got = top_n({"b": 2, "a": 2, "c": 3, "d": 1}, 3)
    assert got == [("c", 3), ("a", 2), ("b", 2)], (
        "expected [('c', 3), ('a', 2), ('b', 2)]: "
        f"most frequent first, ties alphabetically; got {got}"
    )


def test_top_n_handles_small_and_large_n():
    counts = {"x": 1, "y": 5}
    assert top_n(counts, 10) == [("y", 5), ("x", 1)], (
        f"n above the vocabulary size returns all, got {top_n(counts, 10)}"
    )
    assert top_n(counts, 0) == [], f"n = 0 returns an empty list, got {top_n(counts, 0)}"
    assert counts == {"x": 1, "y": 5}, f"top_n must not change its input, got {counts}"


def test_top_n_rejects_negative_n():
    try:
        top_n({"a": 1}, -1)
    except ValueError:
        return
    raise AssertionError("expected ValueError for n = -1")
