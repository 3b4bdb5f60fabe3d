import math

from z_test import z_test

SAMPLE = [103, 98, 105, 110, 101, 99, 107, 104, 102, 106]  # mean 103.5


def test_z_statistic_uses_the_standard_error():
    z, _, _ = z_test(SAMPLE, mu0=100, sigma=5)
    assert math.isclose(z, 3.5 / (5 / math.sqrt(10)), rel_tol=1e-9), (
        f"expected z = (103.5 - 100) / (5 / sqrt(10)) ≈ 2.2136, got {z}; "
        "0.7 means you divided by sigma instead of sigma / sqrt(n)"
    )


def test_p_value_is_two_sided():
    _, p, _ = z_test(SAMPLE, mu0=100, sigma=5)
    assert math.isclose(p, 0.026856695507524453, rel_tol=1e-7), (
        f"expected the two-sided p-value 2·(1 - Φ(2.2136)) ≈ 0.026857, got {p}; "
        "≈ 0.013428 would be only one tail"
    )


def test_reject_depends_on_alpha():
    _, _, at_5 = z_test(SAMPLE, mu0=100, sigma=5, alpha=0.05)
    _, _, at_1 = z_test(SAMPLE, mu0=100, sigma=5, alpha=0.01)
    assert at_5 is True, "p ≈ 0.027 is below alpha = 0.05, so H0 should be rejected"
    assert at_1 is False, "p ≈ 0.027 is not below alpha = 0.01, so H0 should be kept"


def test_mean_below_mu0_gives_negative_z_and_same_p_as_its_mirror():
    below = [48.0, 51.5, 47.0, 49.5, 46.0, 50.0, 47.5, 48.5]  # mean 48.5
    above = [100 - x for x in below]  # mean 51.5, the mirror image around 50
    z_low, p_low, _ = z_test(below, mu0=50, sigma=2)
    z_high, p_high, _ = z_test(above, mu0=50, sigma=2)
    assert math.isclose(z_low, -1.5 / (2 / math.sqrt(8)), rel_tol=1e-9), (
        f"expected z ≈ -2.1213 for a mean of 48.5 below mu0 = 50, got {z_low}"
    )
    same = math.isclose(p_low, p_high, rel_tol=1e-9)
    assert same and math.isclose(p_low, 0.0338948535, rel_tol=1e-6), (
        f"z = -2.12 and z = +2.12 should both give p ≈ 0.033895, got {p_low} and {p_high}"
    )


def test_textbook_cutoff_196_gives_p_of_005():
    z, p, _ = z_test([1.96], mu0=0, sigma=1)
    assert math.isclose(z, 1.96, rel_tol=1e-12), (
        f"one observation 1.96 with sigma 1 gives z = 1.96, got {z}"
    )
    assert math.isclose(p, 0.05, abs_tol=1e-5), (
        f"z = 1.96 is the classic two-sided 5% cut-off, got p = {p}"
    )


def test_mean_equal_to_mu0_gives_p_of_one():
    z, p, reject = z_test([9.0, 10.0, 11.0], mu0=10, sigma=3)
    assert abs(z) < 1e-12 and math.isclose(p, 1.0), (
        f"expected z = 0 and p = 1, got z = {z}, p = {p}"
    )
    assert reject is False, "a sample whose mean is exactly mu0 is no evidence against H0"


def test_sample_is_not_modified():
    sample = [3.0, 1.0, 2.0]
    z_test(sample, mu0=0, sigma=1)
    assert sample == [3.0, 1.0, 2.0], f"the sample must be unchanged, got {sample}"


def test_invalid_inputs_raise_value_error():
    cases = [
        ("an empty sample", ([], 0.0, 1.0, 0.05)),
        ("sigma = 0", ([1.0], 0.0, 0.0, 0.05)),
        ("a negative sigma", ([1.0], 0.0, -2.0, 0.05)),
        ("alpha = 0", ([1.0], 0.0, 1.0, 0.0)),
        ("alpha = 1.5", ([1.0], 0.0, 1.0, 1.5)),
    ]
    for what, args in cases:
        try:
            z_test(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
