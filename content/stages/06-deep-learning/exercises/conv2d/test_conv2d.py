import random

from conv2d import conv2d

IMAGE = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


def close(a: list[list[float]], b: list[list[float]], tol: float = 1e-9) -> bool:
    return len(a) == len(b) and all(
        len(r) == len(s) and all(abs(x - y) < tol for x, y in zip(r, s)) for r, s in zip(a, b)
    )


def reference(image, kernel, stride, padding, bias):
    """The same operation, reading zeros outside the image instead of building a padded copy."""
    h, w, kh, kw = len(image), len(image[0]), len(kernel), len(kernel[0])

    def pixel(r, c):
        r, c = r - padding, c - padding
        return image[r][c] if 0 <= r < h and 0 <= c < w else 0.0

    return [
        [
            bias + sum(kernel[u][v] * pixel(i * stride + u, j * stride + v) for u in range(kh) for v in range(kw))
            for j in range((w + 2 * padding - kw) // stride + 1)
        ]
        for i in range((h + 2 * padding - kh) // stride + 1)
    ]


def test_small_hand_example():
    got = conv2d(IMAGE, [[1, 0], [2, -1]])
    assert close(got, [[4, 6], [10, 12]]), (
        f"expected [[4, 6], [10, 12]] (top-left: 1·1 + 0·2 + 2·4 - 1·5 = 4), got {got}"
    )


def test_vertical_edge_detector_from_the_lesson():
    image = [[0, 0, 0, 1, 1, 1] for _ in range(6)]
    got = conv2d(image, [[-1, 0, 1]] * 3)
    assert close(got, [[0, 3, 3, 0]] * 4), (
        f"the edge kernel on a dark-left, bright-right 6x6 image gives 4 rows of [0, 3, 3, 0], got {got}"
    )


def test_kernel_is_not_flipped():
    got = conv2d(IMAGE, [[0, 1], [0, 0]])
    assert close(got, [[2, 3], [5, 6]]), (
        f"the kernel [[0, 1], [0, 0]] picks each patch's top-right pixel: expected [[2, 3], [5, 6]], got {got}. "
        "[[4, 5], [7, 8]] would mean the kernel was flipped (true convolution)"
    )


def test_stride_skips_positions_and_drops_partial_steps():
    image = [[r * 4 + c for c in range(4)] for r in range(4)]
    got = conv2d(image, [[1, 0], [0, 1]], stride=2)
    assert close(got, [[5, 9], [21, 25]]), f"stride 2 on a 4x4 image: expected [[5, 9], [21, 25]], got {got}"
    got = conv2d([[1, 2, 3, 4, 5]], [[1, 1]], stride=2)
    assert close(got, [[3, 7]]), (
        f"(5 - 2) // 2 + 1 = 2 outputs: expected [[3, 7]], got {got}; the lone 5 is never covered"
    )


def test_zero_padding_keeps_the_size():
    got = conv2d(IMAGE, [[1, 1, 1]] * 3, padding=1)
    assert close(got, [[12, 21, 16], [27, 45, 33], [24, 39, 28]]), (
        f"a 3x3 box filter with padding 1 keeps the 3x3 size; the corner is 1 + 2 + 4 + 5 = 12. Got {got}"
    )


def test_bias_is_added_once_per_output():
    got = conv2d(IMAGE, [[1, 0], [2, -1]], bias=0.5)
    assert close(got, [[4.5, 6.5], [10.5, 12.5]]), f"expected every output plus 0.5, got {got}"


def test_rectangular_kernel_and_image():
    image = [[r * 5 + c for c in range(5)] for r in range(3)]
    got = conv2d(image, [[1, -1]])
    assert len(got) == 3 and all(len(row) == 4 for row in got), (
        f"a 1x2 kernel on a 3x5 image gives 3 rows of 4, got {len(got)} rows of {[len(r) for r in got]}"
    )
    assert close(got, [[-1] * 4] * 3), f"each output is x[r][c] - x[r][c+1] = -1, got {got}"


def test_matches_reference_on_random_data():
    rng = random.Random(0)
    image = [[rng.uniform(-1, 1) for _ in range(7)] for _ in range(6)]
    kernel = [[rng.uniform(-1, 1) for _ in range(3)] for _ in range(2)]
    for stride, padding in [(1, 0), (2, 1), (3, 2)]:
        got = conv2d(image, kernel, stride=stride, padding=padding, bias=0.25)
        want = reference(image, kernel, stride, padding, 0.25)
        assert close(got, want), f"stride {stride}, padding {padding}: expected {want}, got {got}"


def test_inputs_are_not_modified():
    image = [row[:] for row in IMAGE]
    kernel = [[1, 0], [2, -1]]
    conv2d(image, kernel, padding=1)
    assert image == IMAGE and kernel == [[1, 0], [2, -1]], "image and kernel must not change"


def test_impossible_configurations_raise_value_error():
    cases = [
        ("stride 0", lambda: conv2d(IMAGE, [[1]], stride=0)),
        ("negative padding", lambda: conv2d(IMAGE, [[1]], padding=-1)),
        ("a 4x4 kernel on a 3x3 image", lambda: conv2d(IMAGE, [[1] * 4] * 4)),
        ("an empty image", lambda: conv2d([], [[1]])),
        ("ragged kernel rows", lambda: conv2d(IMAGE, [[1, 2], [3]])),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
    assert len(conv2d(IMAGE, [[1] * 4] * 4, padding=1)) == 2, (
        "with padding 1 the 4x4 kernel fits in the 5x5 padded image, giving 2x2"
    )
