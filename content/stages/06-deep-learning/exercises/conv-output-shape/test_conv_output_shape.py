from conv_output_shape import conv_output_shape, conv_param_count, output_size, pool_output_shape


def test_valid_convolution_shrinks_by_kernel_minus_one():
    got = conv_output_shape(28, 28, 5)
    assert got == (24, 24), f"a 5x5 kernel with no padding on 28x28 gives 28 - 5 + 1 = 24, got {got}"
    assert output_size(6, 3) == 4, f"the lesson's 6x6 image and 3x3 kernel give 4, got {output_size(6, 3)}"


def test_same_padding_keeps_the_size():
    got = conv_output_shape(32, 48, 3, padding=1)
    assert got == (32, 48), f"3x3 with padding 1 and stride 1 keeps 32x48, got {got}"


def test_stride_two_halves_224_to_112():
    got = output_size(224, 7, stride=2, padding=3)
    assert got == 112, f"(224 + 2·3 - 7) // 2 + 1 = 112, got {got}"
    assert isinstance(got, int), f"sizes are integers, got {type(got).__name__}; use //"


def test_uneven_stride_rounds_down():
    assert output_size(7, 3, stride=2) == 3, "(7 - 3) // 2 + 1 = 3"
    got = output_size(8, 3, stride=2)
    assert got == 3, f"(8 - 3) / 2 = 2.5 rounds down: expected 3, got {got}"


def test_pooling_defaults_to_non_overlapping_windows():
    assert pool_output_shape(24, 24, 2) == (12, 12), "2x2 pooling with stride 2 halves 24 to 12"
    assert pool_output_shape(7, 9, 2) == (3, 4), "an odd row or column left over is dropped: (7, 9) → (3, 4)"
    got = pool_output_shape(5, 5, 3, stride=1)
    assert got == (3, 3), f"3x3 windows with stride 1 on 5x5 give 3x3, got {got}"


def test_parameter_counts():
    assert conv_param_count(3, 3, 32) == 896, "(3·3·3 + 1)·32 = 896"
    assert conv_param_count(3, 3, 64) == 1792, "(27 + 1)·64 = 1792, as in the lesson"
    got = conv_param_count(3, 3, 32, bias=False)
    assert got == 864, f"without biases it is 3·3·3·32 = 864, got {got}"
    got = conv_param_count(5, 3, 8)
    assert got == 608, f"8 filters of 5x5 over RGB: (25·3 + 1)·8 = 608, got {got}; do not forget the channels"


def test_a_small_network_layer_by_layer():
    h, w = conv_output_shape(48, 40, 5, padding=2)
    h, w = pool_output_shape(h, w, 2)
    assert (h, w) == (24, 20), f"48x40 → conv 5x5 p2 → 48x40 → pool 2 → 24x20, got {(h, w)}"
    h, w = conv_output_shape(h, w, 3, stride=2, padding=1)
    assert (h, w) == (12, 10), f"24x20 → conv 3x3 s2 p1 → 12x10, got {(h, w)}"


def test_impossible_configurations_raise_value_error():
    cases = [
        ("a kernel longer than the input", lambda: output_size(4, 5)),
        ("a kernel longer than the padded input", lambda: conv_output_shape(4, 10, 7, padding=1)),
        ("stride 0", lambda: output_size(10, 3, stride=0)),
        ("negative padding", lambda: output_size(10, 3, padding=-1)),
        ("a pooling window larger than the input", lambda: pool_output_shape(3, 3, 4)),
        ("an input size of 0", lambda: output_size(0, 1)),
        ("zero input channels", lambda: conv_param_count(3, 0, 16)),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
    assert output_size(4, 6, padding=1) == 1, "a kernel exactly as long as the padded input gives 1"
