import math


def z_test(
    sample: list[float], mu0: float, sigma: float, alpha: float = 0.05
) -> tuple[float, float, bool]:
    """Return (z, p_value, reject) for a two-sided one-sample z-test.

    z = (mean - mu0) / (sigma / sqrt(n)), p_value = 2 * (1 - Phi(|z|)) and
    reject is True when p_value < alpha. sigma is the known population
    standard deviation. Raises ValueError for an empty sample, sigma <= 0,
    or alpha outside (0, 1).
    """
    raise NotImplementedError("standard error, then z, then the two-sided p-value")
