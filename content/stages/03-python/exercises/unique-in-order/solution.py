def unique_in_order(items: list | tuple | str) -> list | tuple | str:
    """Return items without duplicates, keeping each item's first occurrence in order.

    The result has the same type as items: list, tuple or str.
    """
    seen = set()  # membership tests on a set are O(1); on a list they are O(n)
    kept = []
    for item in items:
        if item not in seen:
            seen.add(item)
            kept.append(item)
    # (list(dict.fromkeys(items)) does the same in one line: dict keys are
    # unique and keep insertion order. The loop shows what it does for you.)
    # Hand back the same kind of sequence we were given.
    if isinstance(items, str):
        return "".join(kept)
    if isinstance(items, tuple):
        return tuple(kept)
    return kept
