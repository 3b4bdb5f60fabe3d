def _is_number(value: object) -> bool:
    # bool is a subclass of int, so True would otherwise count as the number 1.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def fill_missing(
    records: list[dict[str, object]], strategy: str = "mean"
) -> list[dict[str, object]]:
    """Return copies of records with the gaps in numeric columns filled.

    A value is missing when it is None or the key is absent. A column is
    numeric when it has at least one present value and all present values are
    int or float (not bool). Numeric gaps get the column's mean or median
    (strategy "mean" or "median"); other columns are left as they are.
    Raises ValueError for any other strategy.
    """
    if strategy not in ("mean", "median"):
        raise ValueError(f'strategy must be "mean" or "median", got {strategy!r}')

    # Every key seen in any record, in first-seen order (a dict keeps insertion order).
    columns = dict.fromkeys(key for record in records for key in record)

    # One fill value per numeric column, computed from the present values only.
    fill_values: dict[str, float] = {}
    for column in columns:
        present = [r.get(column) for r in records if r.get(column) is not None]
        if present and all(_is_number(v) for v in present):
            if strategy == "mean":
                fill_values[column] = sum(present) / len(present)
            else:
                fill_values[column] = _median(present)

    # Copy each record so the caller's data stays untouched, then fill its gaps.
    filled = []
    for record in records:
        new_record = dict(record)
        for column, value in fill_values.items():
            if new_record.get(column) is None:  # None or absent
                new_record[column] = value
        filled.append(new_record)
    return filled
