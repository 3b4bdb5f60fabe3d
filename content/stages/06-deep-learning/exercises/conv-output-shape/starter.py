def output_size(n: int, kernel: int, stride: int = 1, padding: int = 0) -> int:
    """Output length along one axis: floor((n + 2*padding - kernel) / stride) + 1.

    Raises ValueError if n, kernel or stride is below 1, padding is negative,
    or the kernel is longer than the padded input.
    """
    raise NotImplementedError


def conv_output_shape(
    height: int, width: int, kernel: int, stride: int = 1, padding: int = 0
) -> tuple[int, int]:
    """(height, width) after a conv layer with a square kernel."""
    raise NotImplementedError


def pool_output_shape(
    height: int, width: int, window: int, stride: int | None = None
) -> tuple[int, int]:
    """(height, width) after pooling with a square window; stride defaults to window."""
    raise NotImplementedError


def conv_param_count(
    kernel: int, in_channels: int, out_channels: int, bias: bool = True
) -> int:
    """Weights (and biases) of a conv layer: (kernel² · in_channels + 1) · out_channels.

    Raises ValueError if any argument is below 1.
    """
    raise NotImplementedError
