import math


def _check_sigma(sigma: float) -> None:
    if sigma <= 0:
        raise ValueError(f"sigma must be positive, got {sigma}")


def normal_pdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """Density of Normal(mu, sigma**2) at x.

    sigma is the standard deviation. Raises ValueError if sigma <= 0.
    """
    _check_sigma(sigma)
    z = (x - mu) / sigma  # distance from the mean in standard deviations
    # Dividing by sigma keeps the total area at 1: a wider curve must be lower.
    return math.exp(-0.5 * z * z) / (sigma * math.sqrt(2 * math.pi))


def normal_cdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """P(X <= x) for X ~ Normal(mu, sigma**2), computed with math.erf.

    sigma is the standard deviation. Raises ValueError if sigma <= 0.
    """
    _check_sigma(sigma)
    z = (x - mu) / sigma
    # erf(t) is the area of a bell curve with variance 1/2 between -t and t,
    # hence the rescaling by sqrt(2) and the shift from [-1, 1] to [0, 1].
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2)))
