def mean(xs: list[float]) -> float:
    """Return the arithmetic mean of xs.

    Raises ValueError if xs is empty.
    """
    if not xs:
        raise ValueError("mean of an empty list is undefined")
    return sum(xs) / len(xs)


def sample_variance(xs: list[float]) -> float:
    """Return the sample variance of xs: squared deviations from the mean, summed, over n - 1.

    Raises ValueError if xs has fewer than two values.
    """
    n = len(xs)
    if n < 2:
        raise ValueError(f"sample variance needs at least 2 values, got {n}")
    m = mean(xs)
    # Two passes: find the mean, then sum squared deviations from it. Subtracting
    # first keeps the numbers small, so large values with a small spread stay exact.
    return sum((x - m) ** 2 for x in xs) / (n - 1)  # n - 1: Bessel's correction
