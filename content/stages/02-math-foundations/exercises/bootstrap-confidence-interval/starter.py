import math
import random


def bootstrap_ci(
    data: list[float], n_resamples: int = 1000, confidence: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """Return (lower, upper): the percentile bootstrap interval for the mean of data.

    Uses one random.Random(seed) and draws each of the n_resamples resamples
    with rng.choices(data, k=len(data)). The bounds are the alpha/2 and
    1 - alpha/2 quantiles (linear interpolation) of the sorted resample means,
    with alpha = 1 - confidence. Raises ValueError for empty data,
    n_resamples < 1 or confidence outside (0, 1).
    """
    raise NotImplementedError("resample with replacement, collect the means, take quantiles")
