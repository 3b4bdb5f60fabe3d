def pearson(x: list[float], y: list[float]) -> float:
    """Return the Pearson correlation coefficient of x and y.

    Raises ValueError if the lengths differ, there are fewer than 2 values,
    or either list is constant.
    """
    raise NotImplementedError("centre both columns on their means, then apply the formula")
