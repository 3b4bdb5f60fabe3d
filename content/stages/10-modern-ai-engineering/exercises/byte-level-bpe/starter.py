def encode(text: str, merges: dict[tuple[int, int], int]) -> list[int]:
    """Token ids of text: its UTF-8 bytes, then every merge applied in increasing new-id order."""
    ids = list(text.encode("utf-8"))
    # TODO: apply the merges
    return ids


def decode(ids: list[int], merges: dict[tuple[int, int], int]) -> str:
    """The text the ids stand for; invalid UTF-8 becomes U+FFFD (the replacement character).

    Raises ValueError for an id that is neither a byte (0-255) nor a merged id.
    """
    raise NotImplementedError("map every id to its bytes, join them, then decode as UTF-8")
