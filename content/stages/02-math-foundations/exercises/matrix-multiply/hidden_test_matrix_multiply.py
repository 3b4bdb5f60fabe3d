# Hidden tests: other shapes (3x4 by 4x2, outer product, 1x1), random matrices checked with a
# triple loop, and shape errors for other sizes whose messages must name those sizes.
import random

from matrix_multiply import matmul


def by_definition(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for k in range(cols):
            for j in range(inner):
                out[i][k] += a[i][j] * b[j][k]
    return out


def test_random_integer_matrices_of_several_shapes():
    rng = random.Random(3)
    for m, n, p in ((3, 4, 2), (1, 5, 3), (4, 1, 4), (2, 2, 5)):
        a = [[rng.randint(-9, 9) for _ in range(n)] for _ in range(m)]
        b = [[rng.randint(-9, 9) for _ in range(p)] for _ in range(n)]
        got = matmul(a, b)
        want = by_definition(a, b)
        assert got == want, f"for a {m}x{n} times a {n}x{p} matrix expected {want}, got {got}"


def test_column_times_row_is_an_outer_product():
    got = matmul([[1], [-2], [3]], [[4, 0, 5]])
    want = [[4, 0, 5], [-8, 0, -10], [12, 0, 15]]
    assert got == want, f"a 3x1 column times a 1x3 row gives the 3x3 matrix {want}, got {got}"


def test_one_by_one_and_floats():
    assert matmul([[2.5]], [[-4.0]]) == [[-10.0]], f"[[2.5]] @ [[-4]] is [[-10]], got {matmul([[2.5]], [[-4.0]])}"
    got = matmul([[0.5, 1.5]], [[2.0, -1.0], [4.0, 0.25]])
    assert all(abs(x - y) < 1e-12 for x, y in zip(got[0], [7.0, -0.125])) and len(got) == 1, (
        f"expected [[7.0, -0.125]], got {got}"
    )


def test_other_shape_errors_name_both_shapes():
    for a, b, shapes in (
        ([[1], [2], [3]], [[1, 2], [3, 4], [5, 6]], ("3x1", "3x2")),
        ([[1, 2, 3, 4]], [[1], [2]], ("1x4", "2x1")),
        ([[1, 2], [3, 4], [5, 6], [7, 8]], [[1, 2, 3]], ("4x2", "1x3")),
    ):
        try:
            matmul(a, b)
        except ValueError as err:
            message = str(err)
            assert all(s in message for s in shapes), (
                f"the message should name the shapes {shapes[0]} and {shapes[1]}, got: {message!r}"
            )
            continue
        raise AssertionError(f"expected ValueError for {shapes[0]} times {shapes[1]}")


def test_result_is_new_and_inputs_unchanged():
    a = [[1, 0], [0, 1]]
    b = [[3, 4], [5, 6]]
    got = matmul(a, b)
    assert got == [[3, 4], [5, 6]], f"the identity times B is B, got {got}"
    got[0][0] = 99
    assert a == [[1, 0], [0, 1]] and b == [[3, 4], [5, 6]], (
        f"the result must be a new list, not one of the inputs; inputs are now {a} and {b}"
    )
