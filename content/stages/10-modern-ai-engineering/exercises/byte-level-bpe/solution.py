def _merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """Replace each (left, right) neighbour pair by new_id, scanning left to right."""
    out: list[int] = []
    i = 0
    while i < len(ids):
        if i + 1 < len(ids) and (ids[i], ids[i + 1]) == pair:
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def encode(text: str, merges: dict[tuple[int, int], int]) -> list[int]:
    """Token ids of text: its UTF-8 bytes, then every merge applied in increasing new-id order."""
    ids = list(text.encode("utf-8"))  # every text is a sequence of bytes 0..255: nothing is unknown
    # Replay the merges in the order they were learned (their new ids grow with that order).
    for pair, new_id in sorted(merges.items(), key=lambda item: item[1]):
        ids = _merge(ids, pair, new_id)
    return ids


def decode(ids: list[int], merges: dict[tuple[int, int], int]) -> str:
    """The text the ids stand for; invalid UTF-8 becomes U+FFFD (the replacement character).

    Raises ValueError for an id that is neither a byte (0-255) nor a merged id.
    """
    vocab = {i: bytes([i]) for i in range(256)}
    # In increasing id order, both parts of a merge are already in the table.
    for (left, right), new_id in sorted(merges.items(), key=lambda item: item[1]):
        vocab[new_id] = vocab[left] + vocab[right]
    unknown = [i for i in ids if i not in vocab]
    if unknown:
        raise ValueError(f"unknown token ids: {unknown}")
    # Join first: one character's bytes may be spread over two tokens.
    return b"".join(vocab[i] for i in ids).decode("utf-8", errors="replace")
