import math


def normal_pdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """Density of Normal(mu, sigma**2) at x.

    sigma is the standard deviation. Raises ValueError if sigma <= 0.
    """
    raise NotImplementedError("standardise x, then apply the bell-curve formula")


def normal_cdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """P(X <= x) for X ~ Normal(mu, sigma**2), computed with math.erf.

    sigma is the standard deviation. Raises ValueError if sigma <= 0.
    """
    raise NotImplementedError("standardise x, then use math.erf")
