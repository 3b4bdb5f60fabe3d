# Hidden tests: other images, rectangular kernels, strides, paddings and biases than the visible ones,
# compared with an independent reference that reads zeros outside the image; plus more bad arguments.
import random

from conv2d import conv2d


def close(a, b, tol=1e-9):
    return len(a) == len(b) and all(
        len(r) == len(s) and all(abs(x - y) < tol for x, y in zip(r, s)) for r, s in zip(a, b)
    )


def reference(image, kernel, stride, padding, bias):
    h, w, kh, kw = len(image), len(image[0]), len(kernel), len(kernel[0])
    out = []
    for top in range(-padding, h + padding - kh + 1, stride):
        row = []
        for left in range(-padding, w + padding - kw + 1, stride):
            total = bias
            for u in range(kh):
                for v in range(kw):
                    r, c = top + u, left + v
                    if 0 <= r < h and 0 <= c < w:
                        total += kernel[u][v] * image[r][c]
            row.append(total)
        out.append(row)
    return out


def test_random_rectangular_cases_match_the_reference():
    rng = random.Random(21)
    for h, w, kh, kw in ((5, 8, 3, 1), (9, 6, 2, 4), (4, 4, 4, 3), (7, 10, 1, 5)):
        image = [[rng.uniform(-3, 3) for _ in range(w)] for _ in range(h)]
        kernel = [[rng.uniform(-1, 1) for _ in range(kw)] for _ in range(kh)]
        for stride, padding, bias in ((1, 0, 0.0), (2, 1, -0.75), (3, 2, 1.5), (4, 0, 0.1)):
            got = conv2d(image, kernel, stride=stride, padding=padding, bias=bias)
            want = reference(image, kernel, stride, padding, bias)
            assert close(got, want), (
                f"{h}x{w} image, {kh}x{kw} kernel, stride {stride}, padding {padding}, bias {bias}: "
                f"expected {len(want)}x{len(want[0])} output {want}, got {got}"
            )


def test_one_by_one_kernel_scales_and_shifts_every_pixel():
    image = [[1, -2, 3], [0, 5, -6]]
    got = conv2d(image, [[2]], bias=-1.0)
    assert close(got, [[1, -5, 5], [-1, 9, -13]]), f"a 1x1 kernel [[2]] with bias -1 gives 2·x - 1: got {got}"
    got = conv2d(image, [[2]], padding=1)
    assert close(got, [[0, 0, 0, 0, 0], [0, 2, -4, 6, 0], [0, 0, 10, -12, 0], [0, 0, 0, 0, 0]]), (
        f"a 1x1 kernel with padding 1 returns the padded image scaled, zeros around: got {got}"
    )


def test_kernel_as_large_as_the_image_is_one_dot_product():
    image = [[1.0, 2.0, 0.5], [-1.0, 4.0, 3.0]]
    kernel = [[0.5, -1.0, 2.0], [1.0, 0.25, -0.5]]
    want = sum(k * x for kr, xr in zip(kernel, image) for k, x in zip(kr, xr)) + 0.2
    got = conv2d(image, kernel, bias=0.2)
    assert close(got, [[want]]), f"a kernel the size of the image gives one number, the dot product plus bias: expected [[{want}]], got {got}"
    for row in got:
        for value in row:
            assert isinstance(value, float), f"return floats, got {type(value).__name__}"


def test_inputs_are_left_unchanged():
    image = [[1, 2, 3, 4], [5, 6, 7, 8]]
    kernel = [[1, -1, 2]]
    conv2d(image, kernel, stride=2, padding=2, bias=3.0)
    assert image == [[1, 2, 3, 4], [5, 6, 7, 8]] and kernel == [[1, -1, 2]], "image and kernel must not change"


def test_more_impossible_configurations_raise_value_error():
    image = [[1, 2, 3, 4], [5, 6, 7, 8]]
    cases = [
        ("a negative stride", lambda: conv2d(image, [[1]], stride=-1)),
        ("a kernel taller than the image (3 rows on 2)", lambda: conv2d(image, [[1], [1], [1]])),
        ("a kernel wider than the padded image", lambda: conv2d(image, [[1] * 7], padding=1)),
        ("an empty kernel row", lambda: conv2d(image, [[]])),
        ("an empty kernel", lambda: conv2d(image, [])),
        ("ragged image rows", lambda: conv2d([[1, 2, 3], [4, 5]], [[1]])),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
