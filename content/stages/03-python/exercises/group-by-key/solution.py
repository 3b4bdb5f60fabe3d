def group_by(records: list[dict], key: str) -> dict[object, list[dict]]:
    """Group records by the value they have under key.

    Returns a dict mapping each value of record[key] to the list of records
    with that value, in input order; groups appear in order of first
    appearance. Records without key are grouped under None.
    """
    groups: dict[object, list[dict]] = {}
    for record in records:
        # .get returns None when the key is absent, instead of raising KeyError.
        value = record.get(key)
        # setdefault inserts an empty list the first time a value is seen; dicts
        # keep insertion order, so groups come out in order of first appearance.
        groups.setdefault(value, []).append(record)
    return groups
