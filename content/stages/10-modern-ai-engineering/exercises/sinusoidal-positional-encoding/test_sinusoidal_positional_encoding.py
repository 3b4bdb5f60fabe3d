import math

import numpy as np

from sinusoidal_positional_encoding import sinusoidal_positional_encoding


def test_shape_and_position_zero():
    pe = sinusoidal_positional_encoding(5, 6)
    assert pe.shape == (5, 6), f"expected one row per position and one column per dimension, (5, 6); got {pe.shape}"
    assert np.allclose(pe[0], [0, 1, 0, 1, 0, 1]), (
        f"position 0 is sin 0 = 0 in even columns and cos 0 = 1 in odd columns; got {pe[0]}"
    )


def test_values_from_the_worked_example():
    pe = sinusoidal_positional_encoding(4, 4)
    expected = [math.sin(3), math.cos(3), math.sin(0.03), math.cos(0.03)]
    assert np.allclose(pe[3], expected), (
        f"position 3 with d_model 4 uses the rates 1 and 1 / 10000^(2/4) = 0.01: expected {np.round(expected, 4)}, "
        f"got {np.round(pe[3], 4)}"
    )


def test_formula_at_chosen_positions_and_dimensions():
    d = 16
    pe = sinusoidal_positional_encoding(50, d)
    for p, i in [(7, 0), (10, 3), (49, 7), (1, 5)]:
        angle = p / 10000 ** (2 * i / d)
        assert math.isclose(pe[p, 2 * i], math.sin(angle), abs_tol=1e-12), (
            f"PE[{p}, {2 * i}] should be sin({p} / 10000^({2 * i}/{d})) = {math.sin(angle):.6f}, got {pe[p, 2 * i]:.6f}"
        )
        assert math.isclose(pe[p, 2 * i + 1], math.cos(angle), abs_tol=1e-12), (
            f"PE[{p}, {2 * i + 1}] should be cos of the same angle, {math.cos(angle):.6f}, got {pe[p, 2 * i + 1]:.6f}. "
            "The odd column shares the frequency of the even column before it"
        )


def test_base_is_a_parameter():
    pe = sinusoidal_positional_encoding(3, 4, base=100.0)
    assert np.isclose(pe[2, 2], math.sin(2 / 100 ** 0.5)), (
        f"with base 100 the second rate is 1 / 100^(2/4) = 0.1, so PE[2, 2] = sin(0.2); got {pe[2, 2]:.6f}"
    )


def test_pairs_lie_on_the_unit_circle():
    pe = sinusoidal_positional_encoding(20, 10)
    radius = pe[:, 0::2] ** 2 + pe[:, 1::2] ** 2
    assert np.allclose(radius, 1.0), "each (sin, cos) column pair must satisfy sin² + cos² = 1"


def test_similarity_depends_only_on_the_offset():
    pe = sinusoidal_positional_encoding(60, 32)
    for k in (1, 5, 12):
        dots = [pe[p] @ pe[p + k] for p in (0, 10, 40)]
        assert np.allclose(dots, dots[0]), (
            f"PE[p] · PE[p + {k}] should be the same for every p (it is a sum of cos({k}·ω)); got {np.round(dots, 4)}"
        )


def test_empty_sequence_and_bad_arguments():
    assert sinusoidal_positional_encoding(0, 8).shape == (0, 8), "seq_len 0 gives shape (0, d_model)"
    for args, why in [((4, 5), "an odd d_model"), ((4, 0), "d_model 0"), ((-1, 4), "a negative seq_len")]:
        try:
            sinusoidal_positional_encoding(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
