def group_by(records: list[dict], key: str) -> dict[object, list[dict]]:
    """Group records by the value they have under key.

    Returns a dict mapping each value of record[key] to the list of records
    with that value, in input order; groups appear in order of first
    appearance. Records without key are grouped under None.
    """
    raise NotImplementedError("walk the records once and append each to its group")
