from collections import Counter


def count_pairs(word_counts: dict[tuple[str, ...], int]) -> dict[tuple[str, str], int]:
    """Return how often each pair of adjacent symbols occurs, weighted by the word counts.

    word_counts maps a word, as a tuple of its current symbols, to how often it occurs.
    A pair that appears k times in a word occurring c times contributes k * c.
    """
    pairs: Counter[tuple[str, str]] = Counter()
    for symbols, count in word_counts.items():
        # zip(s, s[1:]) gives (s0, s1), (s1, s2), ...: every adjacent pair, repeats included.
        # The word stands for `count` copies of itself, so each pair is worth `count`.
        for pair in zip(symbols, symbols[1:]):
            pairs[pair] += count
    return dict(pairs)
