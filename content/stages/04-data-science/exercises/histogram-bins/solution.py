from bisect import bisect_right


def histogram(
    values: list[float],
    bins: int,
    value_range: tuple[float, float] | None = None,
) -> tuple[list[int], list[float]]:
    """Return (counts, edges) for bins equal-width bins.

    The range is value_range or (min, max) of values. Bins are [left, right)
    except the last, which is [left, right], so the maximum is counted.
    Values outside the range are ignored. Raises ValueError for bins < 1,
    an empty range (lo >= hi), or no values and no value_range.
    """
    if bins < 1:
        raise ValueError(f"bins must be at least 1, got {bins}")
    if value_range is not None:
        lo, hi = value_range
        if lo >= hi:
            raise ValueError(f"value_range must have lo < hi, got {value_range}")
    elif not values:
        raise ValueError("cannot infer a range from no values; pass value_range")
    else:
        lo, hi = min(values), max(values)
        if lo == hi:  # a single repeated value: widen around it, as NumPy does
            lo, hi = lo - 0.5, hi + 0.5

    # Multiply before dividing: for lo = 0, hi = 1 this gives exactly i / bins,
    # so the edge 0.3 is the same float as the value 3 / 10.
    edges = [lo + i * (hi - lo) / bins for i in range(bins + 1)]
    edges[-1] = float(hi)  # guard against rounding in the last edge

    counts = [0] * bins
    for x in values:
        if x < lo or x > hi:
            continue
        # Index of the last edge <= x. Comparing with the edges themselves puts
        # a value that equals an edge in the bin starting there, with no rounding.
        i = bisect_right(edges, x) - 1
        counts[min(i, bins - 1)] += 1  # x == hi belongs to the closed last bin
    return counts, [float(e) for e in edges]
