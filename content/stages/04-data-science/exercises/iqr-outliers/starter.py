def quartiles(values: list[float]) -> tuple[float, float]:
    """Return (Q1, Q3), the 25th and 75th percentiles by linear interpolation.

    Raises ValueError if values is empty.
    """
    raise NotImplementedError("sort the values and interpolate at positions (n - 1) * q")


def iqr_outliers(values: list[float], k: float = 1.5) -> tuple[list[float], list[float]]:
    """Split values into (kept, removed) with the k × IQR rule.

    A value is removed when it is below Q1 - k*IQR or above Q3 + k*IQR.
    Both lists keep the input order. Raises ValueError if values is empty
    or k is negative.
    """
    raise NotImplementedError("compute the fences from the quartiles, then split the values")
