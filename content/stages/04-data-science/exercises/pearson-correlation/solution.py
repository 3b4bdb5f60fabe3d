import math


def pearson(x: list[float], y: list[float]) -> float:
    """Return the Pearson correlation coefficient of x and y.

    Raises ValueError if the lengths differ, there are fewer than 2 values,
    or either list is constant.
    """
    if len(x) != len(y):
        raise ValueError(f"length mismatch: {len(x)} vs {len(y)}")
    n = len(x)
    if n < 2:
        raise ValueError("need at least 2 pairs of values")

    # Asked of the values themselves: the mean of ten 0.1s is 0.10000000000000002, so a constant
    # column's spread computed below can come out a hair above zero.
    if len(set(x)) == 1 or len(set(y)) == 1:
        raise ValueError("a constant column has no spread, so its correlation is undefined")

    mean_x = sum(x) / n
    mean_y = sum(y) / n
    # Centre first: the sums of products of small centred numbers stay accurate,
    # where the shortcut n*sum(xy) - sum(x)*sum(y) subtracts two huge, nearly equal numbers.
    dx = [a - mean_x for a in x]
    dy = [b - mean_y for b in y]
    sxy = sum(a * b for a, b in zip(dx, dy))
    sxx = sum(a * a for a in dx)
    syy = sum(b * b for b in dy)
    r = sxy / math.sqrt(sxx * syy)
    # Rounding can land a hair outside [-1, 1]; the true value never does.
    return max(-1.0, min(1.0, r))
