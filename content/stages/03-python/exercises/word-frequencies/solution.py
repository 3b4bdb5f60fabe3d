def word_counts(text: str) -> dict[str, int]:
    """Count how often each word occurs in text, ignoring case and punctuation.

    A word is a run of letters, digits and apostrophes; apostrophes at either
    end of a word are dropped. Everything else separates words.
    """
    # Turn every separator into a space, so that split() can do the cutting.
    cleaned = "".join(ch if ch.isalnum() or ch == "'" else " " for ch in text.lower())
    counts: dict[str, int] = {}
    for piece in cleaned.split():
        word = piece.strip("'")  # 'quoted' -> quoted, but don't stays don't
        if word:                 # a lone "'" strips down to nothing
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_n(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    """Return the n most frequent (word, count) pairs.

    Sorted by count, largest first; ties in alphabetical order.
    Raises ValueError if n is negative.
    """
    if n < 0:
        raise ValueError(f"n must be at least 0, got {n}")
    # Negating the count sorts it descending while the word still sorts ascending.
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]
