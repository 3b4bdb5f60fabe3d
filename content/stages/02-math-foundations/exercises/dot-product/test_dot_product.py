import math

from dot_product import dot


def test_dot_of_small_integer_vectors():
    got = dot([1, 2, 3], [4, 5, 6])
    assert got == 32, f"expected 32 for [1,2,3]·[4,5,6] (4 + 10 + 18), got {got}"


def test_negative_entries_can_make_the_result_negative():
    got = dot([1, -2], [3, 4])
    assert got == -5, f"expected -5 for [1,-2]·[3,4] (3 - 8), got {got}"


def test_perpendicular_vectors_give_zero():
    got = dot([1, 1], [1, -1])
    assert got == 0, f"expected 0 for perpendicular vectors [1,1] and [1,-1], got {got}"


def test_float_vectors_within_tolerance():
    got = dot([0.1, 0.2], [0.3, 0.4])
    assert math.isclose(got, 0.11, abs_tol=1e-12), (
        f"expected 0.11 for [0.1,0.2]·[0.3,0.4] (0.03 + 0.08), got {got}"
    )


def test_empty_vectors_give_zero():
    got = dot([], [])
    assert got == 0, f"expected 0 for two empty vectors (an empty sum), got {got}"


def test_length_mismatch_raises_value_error():
    try:
        dot([1, 2, 3], [1, 2])
    except ValueError:
        return
    raise AssertionError(
        "expected ValueError for lengths 3 and 2; zip() alone silently drops the extra entry"
    )


def test_inputs_are_not_modified():
    u, v = [1.0, 2.0], [3.0, 4.0]
    dot(u, v)
    assert u == [1.0, 2.0] and v == [3.0, 4.0], f"inputs changed to {u} and {v}"
