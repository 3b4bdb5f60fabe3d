def max_pool2d(
    x: list[list[float]], size: int = 2, stride: int | None = None
) -> list[list[float]]:
    """2-D max pooling of x (H x W) with a size x size window.

    out[i][j] = max of x[stride*i + u][stride*j + v] for u, v in range(size).
    stride defaults to size (non-overlapping windows). Windows that would stick
    out past the bottom or right edge are dropped. Raises ValueError for an
    impossible configuration.
    """
    raise NotImplementedError("keep the largest value of each window")
