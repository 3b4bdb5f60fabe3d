def encode_word(word: str, merges: list[tuple[str, str]]) -> list[str]:
    """Split word into BPE tokens by applying merges in order.

    Start from the characters; for each merge (a, b), in list order, join every a directly
    followed by b, scanning left to right. Returns the list of tokens.
    """
    symbols = list(word)
    # TODO: replay the merges
    return symbols
