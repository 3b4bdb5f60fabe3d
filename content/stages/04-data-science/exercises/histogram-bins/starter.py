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
    raise NotImplementedError("build the bins + 1 edges, then count each value into its bin")
