from collections import Counter


def count_pairs(splits: dict[tuple[str, ...], int]) -> Counter:
    """Adjacent symbol pairs over all words, each weighted by its word's count."""
    pairs: Counter = Counter()
    for symbols, count in splits.items():
        for pair in zip(symbols, symbols[1:]):
            pairs[pair] += count
    return pairs


def merge_pair(symbols: tuple[str, ...], pair: tuple[str, str]) -> tuple[str, ...]:
    """Replace each occurrence of pair, scanning left to right, by one joined symbol."""
    a, b = pair
    merged: list[str] = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            merged.append(a + b)
            i += 2  # continue after the new symbol: "aaa" -> "aa", "a"
        else:
            merged.append(symbols[i])
            i += 1
    return tuple(merged)


def train_bpe(word_counts: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    """Learn up to num_merges BPE merges from a word-frequency table, in order.

    Each round picks the most frequent adjacent pair (weighted by word counts); ties go to
    the smallest pair in Python's tuple order. The pair is merged left to right in every
    word. Stops early when no pair is left. Raises ValueError if num_merges < 0.
    """
    if num_merges < 0:
        raise ValueError(f"num_merges must be >= 0, got {num_merges}")
    # One entry per distinct word: its current symbols and how often it occurs.
    splits = {tuple(word): count for word, count in word_counts.items()}
    merges: list[tuple[str, str]] = []
    for _ in range(num_merges):
        pairs = count_pairs(splits)  # recount: every merge changes the neighbours
        if not pairs:
            break
        # Highest count first; among equal counts the smallest pair. As a single key:
        # (-count, pair) is smallest exactly for the pair we want.
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        splits = {merge_pair(symbols, best): count for symbols, count in splits.items()}
    return merges
