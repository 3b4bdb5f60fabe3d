# Hidden tests: a grid of other x, mu and sigma checked against the formulas and against
# statistics.NormalDist, symmetry of the cdf, tails away from 0, and tiny negative sigma.
import math
from statistics import NormalDist

from normal_distribution import normal_cdf, normal_pdf


def close(a, b, tol=1e-9):
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


def test_pdf_on_a_grid_of_points_means_and_spreads():
    for mu in (-3.0, 0.0, 42.5):
        for sigma in (0.25, 1.0, 7.0):
            for d in (-2.3, -0.4, 0.0, 1.1, 3.0):
                x = mu + d * sigma
                want = math.exp(-d * d / 2) / (sigma * math.sqrt(2 * math.pi))
                got = normal_pdf(x, mu, sigma)
                assert close(got, want), (
                    f"normal_pdf({x}, mu={mu}, sigma={sigma}) should be {want:.8f}, got {got}"
                )


def test_cdf_agrees_with_statistics_normaldist():
    for mu, sigma in ((0.0, 1.0), (-5.0, 0.5), (250.0, 40.0)):
        dist = NormalDist(mu, sigma)
        for d in (-3.1, -1.5, -0.2, 0.0, 0.7, 2.4):
            x = mu + d * sigma
            got, want = normal_cdf(x, mu, sigma), dist.cdf(x)
            assert close(got, want), (
                f"P(X <= {x}) for Normal({mu}, {sigma}²) should be {want:.8f}, got {got}"
            )


def test_cdf_is_symmetric_around_the_mean():
    for d in (0.3, 1.0, 2.5):
        left = normal_cdf(20.0 - d, mu=20.0, sigma=4.0)
        right = normal_cdf(20.0 + d, mu=20.0, sigma=4.0)
        assert close(left + right, 1.0), (
            f"F(mu - {d}) + F(mu + {d}) should be 1, got {left} + {right} = {left + right}"
        )


def test_wide_curve_is_low_and_far_tails_are_0_and_1():
    assert close(normal_pdf(3.0, mu=3.0, sigma=50.0), 1 / (50 * math.sqrt(2 * math.pi))), (
        f"with sigma 50 the peak is 1/(50·sqrt(2π)) ≈ 0.007979, got {normal_pdf(3.0, mu=3.0, sigma=50.0)}"
    )
    low = normal_cdf(-500.0, mu=10.0, sigma=10.0)
    high = normal_cdf(600.0, mu=10.0, sigma=10.0)
    assert 0.0 <= low < 1e-300 and high == 1.0, (
        f"51 standard deviations out the cdf is 0 (left) and 1 (right), got {low} and {high}"
    )


def test_tiny_negative_sigma_raises_value_error():
    for func in (normal_pdf, normal_cdf):
        try:
            func(1.0, mu=1.0, sigma=-1e-9)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError from {func.__name__} with sigma = -1e-9")
