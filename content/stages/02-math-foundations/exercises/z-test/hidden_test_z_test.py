# Hidden tests: other samples, mu0 and sigma with the p-value checked against statistics.NormalDist,
# sigma used as given (not estimated), n = 1 below mu0, and the strict p < alpha decision.
import math
from statistics import NormalDist

from z_test import z_test


def reference(sample, mu0, sigma):
    n = len(sample)
    z = (sum(sample) / n - mu0) / (sigma / math.sqrt(n))
    return z, 2 * NormalDist().cdf(-abs(z))


def test_other_samples_against_normaldist():
    cases = [
        ([12.1, 11.4, 13.0, 12.7, 11.9, 12.3], 12.0, 0.6),
        ([-3, -1, -4, -2, -5, 0, -3], -1.0, 2.0),
        ([250.0, 262.0, 241.0, 255.0], 240.0, 20.0),
    ]
    for sample, mu0, sigma in cases:
        want_z, want_p = reference(sample, mu0, sigma)
        z, p, _ = z_test(sample, mu0, sigma)
        assert math.isclose(z, want_z, rel_tol=1e-9), (
            f"for mean {sum(sample) / len(sample):.4f}, mu0 {mu0}, sigma {sigma}, n {len(sample)}: "
            f"expected z = {want_z:.6f}, got {z}"
        )
        assert math.isclose(p, want_p, rel_tol=1e-7, abs_tol=1e-12), (
            f"expected the two-sided p-value {want_p:.6f} for z = {want_z:.4f}, got {p}"
        )


def test_sigma_is_given_not_estimated():
    sample = [0.0, 20.0, -20.0, 40.0, -30.0]  # mean 2, but a sample spread of about 27
    z, p, reject = z_test(sample, mu0=0, sigma=1)
    assert math.isclose(z, 2 * math.sqrt(5), rel_tol=1e-9), (
        f"with the known sigma = 1, z = 2 / (1 / sqrt(5)) ≈ 4.4721, got {z}; "
        "do not use the sample's own standard deviation"
    )
    assert reject is True and p < 1e-4, f"z ≈ 4.47 gives p ≈ 7.7e-6, a rejection; got p = {p}, reject = {reject}"


def test_single_observation_below_mu0():
    z, p, reject = z_test([7.0], mu0=10.0, sigma=2.0)
    assert math.isclose(z, -1.5), f"one value 7 with mu0 10 and sigma 2 gives z = -1.5, got {z}"
    want_p = 2 * NormalDist().cdf(-1.5)
    assert math.isclose(p, want_p, rel_tol=1e-7), f"expected p ≈ {want_p:.6f}, got {p}"
    assert reject is False, "p ≈ 0.134 is not below 0.05: keep H0"


def test_reject_exactly_when_p_is_below_alpha():
    sample = [5.2, 4.9, 5.6, 5.3]
    _, want_p = reference(sample, 5.0, 0.4)
    for alpha, expected in ((want_p * 1.001, True), (want_p * 0.999, False)):
        _, _, reject = z_test(sample, 5.0, 0.4, alpha=alpha)
        assert reject is expected, (
            f"with p ≈ {want_p:.6f} and alpha = {alpha:.6f} reject should be {expected}, got {reject}"
        )


def test_more_invalid_inputs_raise_value_error():
    cases = [
        ("alpha = 1", ([1.0, 2.0], 0.0, 1.0, 1.0)),
        ("a negative alpha", ([1.0, 2.0], 0.0, 1.0, -0.05)),
        ("sigma = -0.001", ([1.0, 2.0], 0.0, -0.001, 0.05)),
    ]
    for what, args in cases:
        try:
            z_test(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
