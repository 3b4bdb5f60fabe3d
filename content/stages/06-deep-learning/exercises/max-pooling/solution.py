def max_pool2d(
    x: list[list[float]], size: int = 2, stride: int | None = None
) -> list[list[float]]:
    """2-D max pooling of x (H x W) with a size x size window.

    out[i][j] = max of x[stride*i + u][stride*j + v] for u, v in range(size).
    stride defaults to size (non-overlapping windows). Windows that would stick
    out past the bottom or right edge are dropped. Raises ValueError for an
    impossible configuration.
    """
    if stride is None:
        stride = size
    if size < 1 or stride < 1:
        raise ValueError(f"size and stride must be at least 1, got {size} and {stride}")
    if not x or not x[0]:
        raise ValueError("x must have at least one row and one column")
    h, w = len(x), len(x[0])
    if any(len(row) != w for row in x):
        raise ValueError("every row of x must have the same length")
    if size > h or size > w:
        raise ValueError(f"a {size}x{size} window does not fit in a {h}x{w} input")

    # Same arithmetic as a convolution without padding: floor((n - size) / stride) + 1.
    out_h = (h - size) // stride + 1
    out_w = (w - size) // stride + 1
    return [
        [
            # Take the max over the window's own values; starting from 0 instead
            # would turn an all-negative window into 0.
            max(x[i * stride + u][j * stride + v] for u in range(size) for v in range(size))
            for j in range(out_w)
        ]
        for i in range(out_h)
    ]
