# Hidden tests: other traffic, capacities and limits than the visible ones — a grid checked against
# exact fractions, other float-noise ratios, scaling down, tolerance 0 and the clamp after it.
import math
from fractions import Fraction

from autoscaling_replicas import desired_replicas


def exact_needed(rps, capacity, target):
    return Fraction(str(rps)) / (Fraction(str(capacity)) * Fraction(str(target)))


def test_grid_without_current_replicas_matches_exact_arithmetic():
    for rps in (0, 1, 12.5, 63, 240, 999):
        for capacity in (8, 45, 120):
            for target in (0.5, 0.7, 1.0):
                want = max(2, min(25, math.ceil(exact_needed(rps, capacity, target))))
                got = desired_replicas(rps, capacity, target, min_replicas=2, max_replicas=25)
                assert got == want and isinstance(got, int), (
                    f"desired_replicas({rps}, {capacity}, {target}, 2, 25): ceil(N) clamped to [2, 25] is {want}, got {got!r}"
                )


def test_other_exact_ratios_survive_float_noise():
    got = desired_replicas(63, 45, 0.7, 1, 10)
    assert got == 2, f"63 / (45 x 0.7) = 63 / 31.5 is exactly 2 (2.0000000000000004 in floats), got {got}"
    got = desired_replicas(119, 85, 0.7, 1, 10)
    assert got == 2, f"119 / 59.5 is exactly 2, got {got}"
    got = desired_replicas(99, 45, 0.55, 1, 10)
    assert got == 4, f"99 / 24.75 is exactly 4 (3.9999999999999996 in floats), got {got}"


def test_scaling_down_beyond_the_tolerance():
    got = desired_replicas(182, 40, 0.5, 1, 50, current_replicas=20)
    assert got == 10, f"N = 182 / 20 = 9.1 is far below the current 20: expected ceil(9.1) = 10, got {got}"
    got = desired_replicas(0, 40, 0.5, 0, 50, current_replicas=4)
    assert got == 0, f"no traffic with min 0 scales a running service to 0, got {got}"


def test_tolerance_values_and_the_clamp_after_them():
    got = desired_replicas(123, 20, 1.0, 1, 10, current_replicas=6, tolerance=0.0)
    assert got == 7, f"tolerance 0: N = 6.15 differs from 6, so rescale to ceil(6.15) = 7, got {got}"
    got = desired_replicas(123, 20, 1.0, 1, 10, current_replicas=6, tolerance=0.03)
    assert got == 6, f"N = 6.15 is 2.5% above 6, inside a 3% tolerance: expected 6, got {got}"
    got = desired_replicas(30, 20, 1.0, 1, 10, current_replicas=1, tolerance=0.6)
    assert got == 1, f"N = 1.5 is 50% above the current 1, inside a 60% tolerance: expected 1, got {got}"
    got = desired_replicas(44, 20, 1.0, 3, 10, current_replicas=2)
    assert got == 3, f"N = 2.2 is within 10% of the current 2, but the minimum 3 applies last: expected 3, got {got}"


def test_other_invalid_arguments():
    cases = [
        ((5, -10, 0.5, 1, 5), {}, "negative capacity"),
        ((5, 10, -0.5, 1, 5), {}, "negative target utilisation"),
        ((5, 10, 1.0001, 1, 5), {}, "target utilisation just above 1"),
        ((5, 10, 0.5, 3, 2), {}, "min 3 above max 2"),
        ((-0.5, 10, 0.5, 1, 5), {}, "negative traffic"),
    ]
    for args, kwargs, why in cases:
        try:
            desired_replicas(*args, **kwargs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}: desired_replicas{args} {kwargs}")
    assert desired_replicas(5, 10, 1.0, 0, 1) == 1, "target utilisation exactly 1 is allowed"
