import math
import random


def quantile(sorted_values: list[float], q: float) -> float:
    """The q-quantile (0 <= q <= 1) of an ascending list, by linear interpolation."""
    h = q * (len(sorted_values) - 1)  # fractional position in the list
    i = math.floor(h)
    if i + 1 >= len(sorted_values):  # q = 1, or a list of one value
        return sorted_values[-1]
    return sorted_values[i] + (h - i) * (sorted_values[i + 1] - sorted_values[i])


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
    if not data:
        raise ValueError("data is empty")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, got {n_resamples}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")

    # A private generator: the result depends on the seed only, not on
    # whatever else in the program has used the global random module.
    rng = random.Random(seed)
    n = len(data)
    # choices() samples WITH replacement: the same value can appear twice in
    # one resample. That is what makes the resample means vary.
    means = sorted(sum(rng.choices(data, k=n)) / n for _ in range(n_resamples))

    alpha = 1 - confidence
    return quantile(means, alpha / 2), quantile(means, 1 - alpha / 2)
