from matrix_multiply import matmul


def test_multiplies_two_by_two_matrices():
    got = matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])
    assert got == [[19, 22], [43, 50]], (
        f"expected [[19, 22], [43, 50]]; entry [0][0] is 1*5 + 2*7 = 19. Got {got}"
    )


def test_rectangular_product_has_shape_m_by_p():
    a = [[1, 2, 0],
         [0, 1, -1]]           # 2 x 3
    b = [[3], [1], [2]]        # 3 x 1
    got = matmul(a, b)
    assert got == [[5], [-1]], f"expected the 2x1 result [[5], [-1]], got {got}"


def test_row_times_column_gives_one_by_one_matrix():
    got = matmul([[1, 2, 3]], [[4], [5], [6]])
    assert got == [[32]], f"expected [[32]] (a 1x1 matrix holding the dot product), got {got}"


def test_identity_leaves_matrix_unchanged():
    a = [[2.5, -1.0], [0.0, 4.0], [1.0, 1.0]]
    identity = [[1.0, 0.0], [0.0, 1.0]]
    got = matmul(a, identity)
    assert got == a, f"A times the identity should be A itself, got {got}"


def test_order_matters():
    a = [[1, 2], [3, 4]]
    b = [[0, 1], [1, 0]]
    ab, ba = matmul(a, b), matmul(b, a)
    assert ab == [[2, 1], [4, 3]], f"expected AB = [[2, 1], [4, 3]] (columns swapped), got {ab}"
    assert ba == [[3, 4], [1, 2]], f"expected BA = [[3, 4], [1, 2]] (rows swapped), got {ba}"


def test_mismatched_inner_sizes_raise_value_error():
    try:
        matmul([[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 5, 6]])  # 2x3 times 2x3
    except ValueError:
        return
    raise AssertionError("expected ValueError: a 2x3 matrix cannot multiply another 2x3 matrix")


def test_error_message_names_both_shapes():
    try:
        matmul([[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]])  # 2x3 times 2x2
    except ValueError as err:
        message = str(err)
        assert "2x3" in message and "2x2" in message, (
            f"the message should name both shapes as '2x3' and '2x2', got: {message!r}"
        )
        return
    raise AssertionError("expected ValueError for 2x3 times 2x2")


def test_inputs_are_not_modified():
    a = [[1, 2], [3, 4]]
    b = [[5, 6], [7, 8]]
    matmul(a, b)
    assert a == [[1, 2], [3, 4]] and b == [[5, 6], [7, 8]], f"inputs changed to {a} and {b}"
