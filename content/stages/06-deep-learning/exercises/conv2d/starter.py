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
    raise NotImplementedError("pad, then slide the kernel and sum the products")
