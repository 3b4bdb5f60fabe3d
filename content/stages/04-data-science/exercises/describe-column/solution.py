import math


def _quantile(ordered: list[float], q: float) -> float:
    """Quantile q of a sorted list, by linear interpolation between neighbours."""
    h = (len(ordered) - 1) * q
    j = math.floor(h)
    if j + 1 >= len(ordered):
        return float(ordered[j])
    return ordered[j] + (h - j) * (ordered[j + 1] - ordered[j])


def describe(values: list[float | None]) -> dict[str, float]:
    """Summary statistics of the present values, ignoring None and NaN.

    Returns a dict with keys "count", "mean", "std" (sample, n - 1),
    "min", "25%", "50%", "75%" (linear interpolation) and "max".
    "std" is nan when only one value is present. Raises ValueError if no
    value is present.
    """
    # NaN is the only float that is not equal to itself, but math.isnan says it plainly.
    present = [x for x in values if x is not None and not math.isnan(x)]
    n = len(present)
    if n == 0:
        raise ValueError("no values left after removing None and NaN")

    mean = sum(present) / n
    # Sample standard deviation: divide by n - 1 because the mean came from the
    # same data. Undefined for one value, so report nan like pandas does.
    if n > 1:
        std = math.sqrt(sum((x - mean) ** 2 for x in present) / (n - 1))
    else:
        std = math.nan

    ordered = sorted(present)  # a sorted copy; the input list is untouched
    return {
        "count": n,
        "mean": mean,
        "std": std,
        "min": ordered[0],
        "25%": _quantile(ordered, 0.25),
        "50%": _quantile(ordered, 0.50),
        "75%": _quantile(ordered, 0.75),
        "max": ordered[-1],
    }
