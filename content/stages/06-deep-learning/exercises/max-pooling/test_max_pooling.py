from max_pooling import max_pool2d

X = [[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 7, 2], [3, 6, 1, 1]]


def test_non_overlapping_two_by_two_blocks():
    got = max_pool2d(X)
    assert got == [[4, 5], [6, 7]], f"the max of each 2x2 block is [[4, 5], [6, 7]], got {got}"


def test_lesson_feature_map():
    got = max_pool2d([[0.0, 3.0, 3.0, 0.0]] * 4, size=2)
    assert got == [[3.0, 3.0], [3.0, 3.0]], f"expected [[3, 3], [3, 3]] as in the lesson, got {got}"


def test_overlapping_windows_with_stride_one():
    got = max_pool2d([[1, 2, 3], [4, 5, 6], [7, 8, 9]], size=2, stride=1)
    assert got == [[5, 6], [8, 9]], f"2x2 windows with stride 1 on a 3x3 input: expected [[5, 6], [8, 9]], got {got}"
    got = max_pool2d(X, 3, stride=1)
    assert got == [[7, 7], [7, 7]], f"every 3x3 window of X contains the 7: expected [[7, 7], [7, 7]], got {got}"


def test_leftover_rows_and_columns_are_dropped():
    x = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]]
    got = max_pool2d(x)
    assert got == [[7, 9]], (
        f"a 3x5 input with 2x2 windows and stride 2 gives (3-2)//2+1 = 1 row and (5-2)//2+1 = 2 columns: "
        f"expected [[7, 9]], got {got}"
    )


def test_all_negative_window_keeps_its_own_maximum():
    got = max_pool2d([[-3, -1], [-2, -5]])
    assert got == [[-1]], f"the largest of -3, -1, -2, -5 is -1, got {got}; do not start the max at 0"


def test_window_as_large_as_the_input_gives_the_global_max():
    got = max_pool2d(X, size=4)
    assert got == [[7]], f"one 4x4 window over the whole input gives [[7]], got {got}"


def test_stride_larger_than_the_window_subsamples():
    got = max_pool2d(X, size=1, stride=2)
    assert got == [[1, 2], [0, 7]], f"size 1, stride 2 keeps rows 0, 2 and columns 0, 2: expected [[1, 2], [0, 7]], got {got}"


def test_input_is_not_modified():
    x = [row[:] for row in X]
    out = max_pool2d(x, size=1)
    assert x == X, "max_pool2d must not change its input"
    assert out == X and out is not x and out[0] is not x[0], "size 1 returns an equal but new list of rows"


def test_impossible_configurations_raise_value_error():
    cases = [
        ("size 0", lambda: max_pool2d(X, size=0)),
        ("stride 0", lambda: max_pool2d(X, size=2, stride=0)),
        ("a 5x5 window on a 4x4 input", lambda: max_pool2d(X, size=5)),
        ("a 2x2 window on a 1x4 input", lambda: max_pool2d([[1, 2, 3, 4]])),
        ("an empty input", lambda: max_pool2d([])),
        ("ragged rows", lambda: max_pool2d([[1, 2], [3]])),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
