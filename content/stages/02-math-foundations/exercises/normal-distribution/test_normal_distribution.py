import math

from normal_distribution import normal_cdf, normal_pdf


def close(a: float, b: float, tol: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def test_standard_pdf_peak_at_zero():
    got = normal_pdf(0.0)
    assert close(got, 1 / math.sqrt(2 * math.pi)), (
        f"the standard normal density at 0 is 1/sqrt(2π) ≈ 0.398942, got {got}"
    )


def test_pdf_is_symmetric_and_uses_mu_and_sigma():
    left, right = normal_pdf(8.0, mu=10.0, sigma=2.0), normal_pdf(12.0, mu=10.0, sigma=2.0)
    assert close(left, right), (
        f"the pdf should be symmetric around mu: f(8) = {left}, f(12) = {right}"
    )
    expected = math.exp(-0.5) / (2.0 * math.sqrt(2 * math.pi))  # one sigma from the mean
    assert close(left, expected), (
        f"expected f(8) ≈ {expected:.6f} for mu=10, sigma=2 (z = -1); got {left}. "
        "Did you divide by sigma in both places?"
    )


def test_pdf_can_exceed_one_for_small_sigma():
    got = normal_pdf(0.0, sigma=0.1)
    assert close(got, 10 / math.sqrt(2 * math.pi)), (
        f"with sigma = 0.1 the peak is 1/(0.1·sqrt(2π)) ≈ 3.989423, got {got}; "
        "a density is not a probability and may be above 1"
    )


def test_standard_cdf_known_values():
    for x, expected in [(0.0, 0.5), (1.0, 0.8413447460685429), (1.96, 0.9750021048517795),
                        (-1.0, 0.15865525393145707)]:
        got = normal_cdf(x)
        assert close(got, expected), f"expected Φ({x}) ≈ {expected:.6f}, got {got}"


def test_cdf_with_mu_and_sigma_standardises_first():
    got = normal_cdf(115.0, mu=100.0, sigma=15.0)
    assert close(got, 0.8413447460685429), (
        "115 is one sigma above a mean of 100 with sigma 15, "
        f"so expected Φ(1) ≈ 0.841345, got {got}"
    )


def test_one_sigma_band_holds_about_68_percent():
    got = normal_cdf(13.0, mu=10.0, sigma=3.0) - normal_cdf(7.0, mu=10.0, sigma=3.0)
    assert close(got, 0.6826894921370859), (
        f"P(mu - sigma <= X <= mu + sigma) should be ≈ 0.682689, got {got}"
    )


def test_cdf_slope_matches_pdf():
    h = 1e-5
    for x in (-2.0, 0.3, 1.5):
        slope = (normal_cdf(x + h, 1.0, 2.0) - normal_cdf(x - h, 1.0, 2.0)) / (2 * h)
        density = normal_pdf(x, 1.0, 2.0)
        assert abs(slope - density) < 1e-7, (
            f"the cdf's slope at {x} should equal the pdf there ({density:.6f}), got {slope:.6f}"
        )


def test_cdf_tails_stay_between_zero_and_one():
    low, high = normal_cdf(-40.0), normal_cdf(40.0)
    assert 0.0 <= low < 1e-300, f"expected Φ(-40) to be 0 within rounding, got {low}"
    assert high == 1.0, f"expected Φ(40) to be 1.0, got {high}"


def test_non_positive_sigma_raises_value_error():
    for func in (normal_pdf, normal_cdf):
        for sigma in (0.0, -1.0):
            try:
                func(0.0, 0.0, sigma)
            except ValueError:
                continue
            raise AssertionError(
                f"expected ValueError from {func.__name__} with sigma = {sigma}: "
                "a standard deviation must be positive"
            )
