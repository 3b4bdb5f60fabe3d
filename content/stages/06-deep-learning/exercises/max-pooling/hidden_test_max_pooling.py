# Hidden tests: random inputs of other shapes, windows and strides compared with a brute-force
# reference, plus negative floats, the stride=None default and configurations the visible tests skip.
import random

from max_pooling import max_pool2d


def reference(x, size, stride):
    h, w = len(x), len(x[0])
    out = []
    i = 0
    while i + size <= h:
        row, j = [], 0
        while j + size <= w:
            row.append(max(x[r][c] for r in range(i, i + size) for c in range(j, j + size)))
            j += stride
        out.append(row)
        i += stride
    return out


def test_random_inputs_match_a_brute_force_reference():
    rng = random.Random(7)
    for h, w in ((5, 8), (7, 7), (9, 4), (6, 11)):
        x = [[rng.randint(-50, 50) for _ in range(w)] for _ in range(h)]
        for size in (1, 2, 3):
            for stride in (1, 2, 3, 4):
                got = max_pool2d(x, size, stride=stride)
                want = reference(x, size, stride)
                assert got == want, f"{h}x{w} input, size {size}, stride {stride}: expected {want}, got {got}"


def test_stride_none_means_non_overlapping_windows():
    rng = random.Random(3)
    x = [[rng.uniform(-1, 1) for _ in range(9)] for _ in range(7)]
    for size in (2, 3):
        got = max_pool2d(x, size)
        assert got == max_pool2d(x, size, stride=size) == reference(x, size, size), (
            f"stride=None should behave like stride={size}: expected {reference(x, size, size)}, got {got}"
        )


def test_all_negative_floats_keep_their_own_maximum():
    x = [[-0.5, -2.0, -7.0, -1.5], [-3.0, -0.25, -4.0, -9.0]]
    got = max_pool2d(x)
    assert got == [[-0.25, -1.5]], f"expected [[-0.25, -1.5]] (the largest negative value in each block), got {got}"
    got = max_pool2d([[-4.0]], size=1)
    assert got == [[-4.0]], f"a 1x1 input with size 1 gives itself back, got {got}"


def test_wide_and_tall_inputs_and_input_left_alone():
    x = [[1, 9, 2, 8, 3, 7], [4, 0, 5, 1, 6, 2]]
    before = [row[:] for row in x]
    got = max_pool2d(x, size=2)
    assert got == [[9, 8, 7]], f"a 2x6 input with 2x2 windows gives one row of three: expected [[9, 8, 7]], got {got}"
    assert x == before, "max_pool2d must not change its input"
    tall = [[v] for v in (3, -1, 4, 1, -5)]
    got = max_pool2d(tall, size=1, stride=2)
    assert got == [[3], [4], [-5]], f"size 1, stride 2 on a 5x1 column keeps rows 0, 2, 4: expected [[3], [4], [-5]], got {got}"


def test_other_impossible_configurations_raise_value_error():
    cases = [
        ("a negative size", lambda: max_pool2d([[1, 2], [3, 4]], size=-1)),
        ("a negative stride", lambda: max_pool2d([[1, 2], [3, 4]], size=1, stride=-1)),
        ("a window taller than a 2x5 input", lambda: max_pool2d([[1] * 5, [2] * 5], size=3)),
        ("a first row that is empty", lambda: max_pool2d([[]])),
        ("a ragged last row", lambda: max_pool2d([[1, 2, 3], [4, 5, 6], [7, 8]], size=2)),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
