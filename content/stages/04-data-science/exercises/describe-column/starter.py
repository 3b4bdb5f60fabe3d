def describe(values: list[float | None]) -> dict[str, float]:
    """Summary statistics of the present values, ignoring None and NaN.

    Returns a dict with keys "count", "mean", "std" (sample, n - 1),
    "min", "25%", "50%", "75%" (linear interpolation) and "max".
    "std" is nan when only one value is present. Raises ValueError if no
    value is present.
    """
    raise NotImplementedError("drop the missing values, then count, average, spread and sort")
