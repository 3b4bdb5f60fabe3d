def _check_matrix(m: list[list[float]], name: str) -> tuple[int, int]:
    if not m or not m[0]:
        raise ValueError(f"{name} must have at least one row and one column")
    width = len(m[0])
    if any(len(row) != width for row in m):
        raise ValueError(f"every row of {name} must have the same length")
    return len(m), width


def conv2d(
    image: list[list[float]],
    kernel: list[list[float]],
    stride: int = 1,
    padding: int = 0,
    bias: float = 0.0,
) -> list[list[float]]:
    """2-D cross-correlation of image (H x W) with kernel (kh x kw), as in CNNs.

    The image is first surrounded by `padding` rows and columns of zeros. Then
    out[i][j] = bias + sum over u, v of kernel[u][v] * padded[stride*i + u][stride*j + v],
    for every position where the kernel fits entirely inside the padded image.
    The kernel is not flipped. Raises ValueError for an impossible configuration.
    """
    h, w = _check_matrix(image, "image")
    kh, kw = _check_matrix(kernel, "kernel")
    if stride < 1:
        raise ValueError(f"stride must be at least 1, got {stride}")
    if padding < 0:
        raise ValueError(f"padding must be at least 0, got {padding}")
    if kh > h + 2 * padding or kw > w + 2 * padding:
        raise ValueError(
            f"a {kh}x{kw} kernel does not fit in a {h}x{w} image with padding {padding}"
        )

    # Zero padding: add `padding` zero columns to each side of every row, and zero rows above and below.
    padded_w = w + 2 * padding
    zero_row = [0.0] * padded_w
    padded = (
        [zero_row[:] for _ in range(padding)]
        + [[0.0] * padding + list(row) + [0.0] * padding for row in image]
        + [zero_row[:] for _ in range(padding)]
    )

    # (n + 2p - k) // s + 1 positions in each direction; floor drops a partial last step.
    out_h = (h + 2 * padding - kh) // stride + 1
    out_w = (w + 2 * padding - kw) // stride + 1
    out = []
    for i in range(out_h):
        top = i * stride
        row = []
        for j in range(out_w):
            left = j * stride
            # Cross-correlation: kernel[u][v] meets the pixel at the same offset (no flip).
            total = bias
            for u in range(kh):
                for v in range(kw):
                    total += kernel[u][v] * padded[top + u][left + v]
            row.append(total)
        out.append(row)
    return out
