def mean(xs: list[float]) -> float:
    """Return the arithmetic mean of xs.

    Raises ValueError if xs is empty.
    """
    raise NotImplementedError("sum divided by count")


def sample_variance(xs: list[float]) -> float:
    """Return the sample variance of xs: squared deviations from the mean, summed, over n - 1.

    Raises ValueError if xs has fewer than two values.
    """
    raise NotImplementedError("use the mean, then divide the sum of squared deviations by n - 1")
