# Hidden tests: other sizes, kernels, strides and paddings than the visible ones, each checked against
# a brute-force count of the positions where the kernel fits; plus other parameter counts and bad arguments.
from conv_output_shape import conv_output_shape, conv_param_count, output_size, pool_output_shape


def positions(n, kernel, stride, padding):
    """Count the kernel's start positions one by one along a padded axis of length n + 2p."""
    count, start = 0, 0
    while start + kernel <= n + 2 * padding:
        count += 1
        start += stride
    return count


def test_output_size_matches_counting_positions_on_a_grid():
    for n in (1, 5, 9, 17, 31):
        for kernel in (1, 2, 3, 4, 7):
            for stride in (1, 2, 3, 5):
                for padding in (0, 1, 2):
                    if kernel > n + 2 * padding:
                        continue
                    got = output_size(n, kernel, stride=stride, padding=padding)
                    want = positions(n, kernel, stride, padding)
                    assert got == want and isinstance(got, int), (
                        f"output_size({n}, {kernel}, stride={stride}, padding={padding}): expected {want}, got {got!r}"
                    )


def test_height_and_width_are_computed_independently():
    got = conv_output_shape(19, 64, 5, stride=3, padding=2)
    want = ((19 + 4 - 5) // 3 + 1, (64 + 4 - 5) // 3 + 1)
    assert got == want, f"19x64 with a 5x5 kernel, stride 3, padding 2: expected {want}, got {got}"
    got = conv_output_shape(1, 10, 1)
    assert got == (1, 10), f"a 1x1 kernel keeps a 1x10 input as it is: expected (1, 10), got {got}"


def test_pooling_with_other_windows_and_strides():
    assert pool_output_shape(13, 10, 3) == (4, 3), (
        f"3x3 pooling with stride 3 on 13x10: expected (4, 3), got {pool_output_shape(13, 10, 3)}"
    )
    got = pool_output_shape(10, 10, 2, stride=4)
    assert got == (3, 3), f"2x2 windows with stride 4 on 10x10: (10 - 2) // 4 + 1 = 3, expected (3, 3), got {got}"
    got = pool_output_shape(6, 9, 6)
    assert got == (1, 1), f"a 6x6 window on 6x9 with stride 6 fits once in each direction: expected (1, 1), got {got}"


def test_other_parameter_counts():
    cases = [
        ((1, 64, 32, True), (64 + 1) * 32),
        ((1, 64, 32, False), 64 * 32),
        ((7, 3, 64, True), (49 * 3 + 1) * 64),
        ((3, 128, 256, False), 9 * 128 * 256),
        ((2, 1, 1, True), 5),
    ]
    for (kernel, c_in, c_out, bias), want in cases:
        got = conv_param_count(kernel, c_in, c_out, bias=bias)
        assert got == want, (
            f"conv_param_count({kernel}, {c_in}, {c_out}, bias={bias}): expected (k²·C_in{' + 1' if bias else ''})·C_out "
            f"= {want}, got {got}"
        )


def test_more_impossible_configurations_raise_value_error():
    cases = [
        ("a kernel of 0", lambda: output_size(10, 0)),
        ("a negative stride", lambda: output_size(10, 3, stride=-2)),
        ("a negative input size", lambda: output_size(-5, 1)),
        ("a kernel that fits the height but not the width", lambda: conv_output_shape(10, 2, 3)),
        ("a pooling window of 0", lambda: pool_output_shape(8, 8, 0)),
        ("a pooling stride of 0", lambda: pool_output_shape(8, 8, 2, stride=0)),
        ("a pooling window wider than the input", lambda: pool_output_shape(8, 3, 4)),
        ("a kernel size of 0 in the parameter count", lambda: conv_param_count(0, 3, 8)),
        ("zero output channels", lambda: conv_param_count(3, 3, 0)),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
    assert output_size(3, 7, padding=2) == 1, "a kernel of 7 exactly fills 3 + 2·2 = 7 positions: expected 1"
