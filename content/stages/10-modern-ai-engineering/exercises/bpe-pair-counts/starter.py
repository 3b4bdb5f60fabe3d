def count_pairs(word_counts: dict[tuple[str, ...], int]) -> dict[tuple[str, str], int]:
    """Return how often each pair of adjacent symbols occurs, weighted by the word counts.

    word_counts maps a word, as a tuple of its current symbols, to how often it occurs.
    A pair that appears k times in a word occurring c times contributes k * c.
    """
    pairs: dict[tuple[str, str], int] = {}
    # TODO: visit every adjacent pair of every word and add the word's count
    return pairs
