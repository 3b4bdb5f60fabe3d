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
    raise NotImplementedError("find the numeric columns, compute their fill values, fill copies")
