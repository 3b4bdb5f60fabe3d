# Hidden tests: other vectors (one entry, long random ones checked against math.fsum, mixed
# signs), and length mismatches in both directions including an empty and a non-empty list.
import math
import random

from dot_product import dot


def test_other_small_vectors():
    cases = [
        ([2, 0, -1, 5], [3, 9, 4, -2], 6 + 0 - 4 - 10),
        ([7], [-6], -42),
        ([0, 0, 0], [1, 2, 3], 0),
        ([-1, -2, -3], [-4, -5, -6], 32),
    ]
    for u, v, want in cases:
        got = dot(u, v)
        assert got == want, f"expected {want} for {u}·{v}, got {got}"


def test_long_random_float_vectors():
    rng = random.Random(5)
    for d in (1, 17, 250):
        u = [rng.uniform(-10, 10) for _ in range(d)]
        v = [rng.uniform(-10, 10) for _ in range(d)]
        want = math.fsum(a * b for a, b in zip(u, v))
        got = dot(u, v)
        assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9), (
            f"expected {want} for two random vectors of length {d}, got {got}"
        )


def test_dot_with_itself_is_the_squared_length():
    u = [3.0, 4.0, 12.0]
    got = dot(u, u)
    assert math.isclose(got, 169.0), f"[3, 4, 12]·[3, 4, 12] = 9 + 16 + 144 = 169, got {got}"


def test_mismatches_in_either_direction_raise_value_error():
    for u, v in (([1, 2], [1, 2, 3]), ([], [1.0]), ([4.0], []), ([1, 2, 3, 4], [1, 2, 3])):
        try:
            dot(u, v)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for lengths {len(u)} and {len(v)}")


def test_float_inputs_unchanged():
    u, v = [0.5, -1.5, 2.0], [4.0, 2.0, -0.25]
    got = dot(u, v)
    assert math.isclose(got, -1.5), f"expected 2 - 3 - 0.5 = -1.5, got {got}"
    assert u == [0.5, -1.5, 2.0] and v == [4.0, 2.0, -0.25], f"inputs changed to {u} and {v}"
