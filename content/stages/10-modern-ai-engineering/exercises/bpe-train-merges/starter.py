def train_bpe(word_counts: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    """Learn up to num_merges BPE merges from a word-frequency table, in order.

    Each round picks the most frequent adjacent pair (weighted by word counts); ties go to
    the smallest pair in Python's tuple order. The pair is merged left to right in every
    word. Stops early when no pair is left. Raises ValueError if num_merges < 0.
    """
    raise NotImplementedError("count pairs, choose one, merge it everywhere, repeat")
