def output_size(n: int, kernel: int, stride: int = 1, padding: int = 0) -> int:
    """Output length along one axis: floor((n + 2*padding - kernel) / stride) + 1.

    Raises ValueError if n, kernel or stride is below 1, padding is negative,
    or the kernel is longer than the padded input.
    """
    if n < 1 or kernel < 1 or stride < 1:
        raise ValueError(f"n, kernel and stride must be at least 1, got {n}, {kernel}, {stride}")
    if padding < 0:
        raise ValueError(f"padding must be at least 0, got {padding}")
    if kernel > n + 2 * padding:
        raise ValueError(f"a kernel of {kernel} does not fit in {n} + 2·{padding} positions")
    # Floor division: a last step that would run past the edge is simply not taken.
    return (n + 2 * padding - kernel) // stride + 1


def conv_output_shape(
    height: int, width: int, kernel: int, stride: int = 1, padding: int = 0
) -> tuple[int, int]:
    """(height, width) after a conv layer with a square kernel."""
    return (
        output_size(height, kernel, stride, padding),
        output_size(width, kernel, stride, padding),
    )


def pool_output_shape(
    height: int, width: int, window: int, stride: int | None = None
) -> tuple[int, int]:
    """(height, width) after pooling with a square window; stride defaults to window."""
    # Pooling is the same sliding-window arithmetic with no padding.
    step = window if stride is None else stride
    return output_size(height, window, step), output_size(width, window, step)


def conv_param_count(
    kernel: int, in_channels: int, out_channels: int, bias: bool = True
) -> int:
    """Weights (and biases) of a conv layer: (kernel² · in_channels + 1) · out_channels.

    Each of the out_channels filters has kernel x kernel x in_channels weights
    plus one bias. The count does not depend on the image size.
    """
    if kernel < 1 or in_channels < 1 or out_channels < 1:
        raise ValueError("kernel, in_channels and out_channels must be at least 1")
    per_filter = kernel * kernel * in_channels + (1 if bias else 0)
    return per_filter * out_channels
