def word_counts(text: str) -> dict[str, int]:
    """Count how often each word occurs in text, ignoring case and punctuation.

    A word is a run of letters, digits and apostrophes; apostrophes at either
    end of a word are dropped. Everything else separates words.
    """
    raise NotImplementedError("lower-case, replace punctuation with spaces, split, count")


def top_n(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """Return the n most frequent (word, count) pairs.

    Sorted by count, largest first; ties in alphabetical order.
    Raises ValueError if n is negative.
    """
    raise NotImplementedError("sort by count descending, then word ascending")
