# Hidden tests: other word tables (a random one counted by brute force, merged and multi-character
# symbols, repeats inside one word, one-symbol words mixed in) and a dict result for each.
import random

from bpe_pair_counts import count_pairs


def brute_force(table):
    """Expand every word into `count` copies and count pairs by index, one by one."""
    out = {}
    for symbols, count in table.items():
        for _ in range(count):
            for i in range(len(symbols) - 1):
                pair = (symbols[i], symbols[i + 1])
                out[pair] = out.get(pair, 0) + 1
    return out


def test_random_table_matches_brute_force():
    rng = random.Random(99)
    table = {}
    while len(table) < 25:
        word = tuple(rng.choice("abcde") for _ in range(rng.randint(1, 7)))
        table[word] = rng.randint(1, 9)
    snapshot = dict(table)
    got = count_pairs(table)
    want = brute_force(table)
    assert isinstance(got, dict), f"expected a dict, got {type(got).__name__}"
    assert dict(got) == want, f"pair counts differ from expanding every word: expected {want}, got {dict(got)}"
    assert table == snapshot, "count_pairs must not change word_counts"


def test_other_small_corpus():
    table = {("h", "u", "g"): 10, ("p", "u", "g"): 5, ("p", "u", "n"): 12, ("b", "u", "n"): 4, ("h", "u", "g", "s"): 5}
    want = {("h", "u"): 15, ("u", "g"): 20, ("p", "u"): 17, ("u", "n"): 16, ("b", "u"): 4, ("g", "s"): 5}
    got = count_pairs(table)
    assert dict(got) == want, f"expected {want}, got {dict(got)}"


def test_repeats_inside_words_and_merged_symbols():
    table = {("ab", "ab", "ab", "ab"): 3, ("a", "b", "a", "b"): 2, ("ab", "</w>"): 1}
    want = {("ab", "ab"): 9, ("a", "b"): 4, ("b", "a"): 2, ("ab", "</w>"): 1}
    got = count_pairs(table)
    assert dict(got) == want, (
        f"(ab, ab) sits 3 times in a word seen 3 times (9); (a, b) twice in a word seen twice (4). "
        f"Expected {want}, got {dict(got)}"
    )


def test_one_symbol_words_add_nothing():
    got = count_pairs({("x",): 50, ("est",): 7, ("x", "y"): 3})
    assert dict(got) == {("x", "y"): 3}, f"only ('x', 'y') is a pair here, 3 times; got {dict(got)}"
