def encode_word(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Split word into BPE tokens by applying merges in order.

    Start from the characters; for each merge (a, b), in list order, join every a directly
    followed by b, scanning left to right. Returns the list of tokens.
    """
    symbols = list(word)
    # Replaying merges in training order reproduces how the training corpus was split: a merge
    # learned early can only use characters, a later one can use what earlier merges built.
    for a, b in merges:
        merged: list[str] = []
        i = 0
        while i < len(symbols):
            if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
                merged.append(a + b)
                i += 2  # the new symbol uses up both; "aaa" -> "aa", "a"
            else:
                merged.append(symbols[i])
                i += 1
        symbols = merged
    return symbols
