import math


def standard_normal_cdf(t: float) -> float:
    """Phi(t) = P(Z <= t) for a standard normal Z."""
    return 0.5 * (1.0 + math.erf(t / math.sqrt(2)))


def z_test(
    sample: list[float], mu0: float, sigma: float, alpha: float = 0.05
) -> tuple[float, float, bool]:
    """Return (z, p_value, reject) for a two-sided one-sample z-test.

    z = (mean - mu0) / (sigma / sqrt(n)), p_value = 2 * (1 - Phi(|z|)) and
    reject is True when p_value < alpha. sigma is the known population
    standard deviation. Raises ValueError for an empty sample, sigma <= 0,
    or alpha outside (0, 1).
    """
    n = len(sample)
    if n == 0:
        raise ValueError("the sample is empty")
    if sigma <= 0:
        raise ValueError(f"sigma must be positive, got {sigma}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1, got {alpha}")

    mean = sum(sample) / n
    # The mean of n observations varies less than one observation:
    # its standard deviation (the standard error) is sigma / sqrt(n).
    standard_error = sigma / math.sqrt(n)
    z = (mean - mu0) / standard_error
    # Two-sided: a z this far out on either side counts, so double one tail.
    p_value = 2.0 * (1.0 - standard_normal_cdf(abs(z)))
    return z, p_value, p_value < alpha
