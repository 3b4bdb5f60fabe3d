def unique_in_order(items: list | tuple | str) -> list | tuple | str:
    """Return items without duplicates, keeping each item's first occurrence in order.

    The result has the same type as items: list, tuple or str.
    """
    raise NotImplementedError("remember what you have seen, keep only first occurrences")
