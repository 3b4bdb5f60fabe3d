import math


def naive_forecast(series: list[float], test_start: int) -> list[float]:
    """Last-value forecasts for the test period series[test_start:].

    The forecast for position t is series[t - 1], the last value known before t.
    Raises ValueError unless 1 <= test_start < len(series).
    """
    if not 1 <= test_start < len(series):
        raise ValueError(
            f"test_start must satisfy 1 <= test_start < {len(series)}, got {test_start}"
        )
    # The first test day is forecast from the last training value, series[test_start - 1].
    return [series[t - 1] for t in range(test_start, len(series))]


def _check(actual: list[float], predicted: list[float]) -> None:
    if len(actual) != len(predicted):
        raise ValueError(f"{len(actual)} actual values but {len(predicted)} forecasts")
    if not actual:
        raise ValueError("need at least one value")


def rmse(actual: list[float], predicted: list[float]) -> float:
    """Root mean squared error: sqrt(mean((actual - predicted)^2)), in the data's units."""
    _check(actual, predicted)
    return math.sqrt(sum((a - p) ** 2 for a, p in zip(actual, predicted)) / len(actual))


def mape(actual: list[float], predicted: list[float]) -> float:
    """Mean absolute percentage error, in percent: 100 * mean(|actual - predicted| / |actual|).

    Raises ValueError if any actual value is 0, where the percentage is undefined.
    """
    _check(actual, predicted)
    if any(a == 0 for a in actual):
        # Dividing by 0 has no meaning here; refuse rather than return inf or skip the point.
        raise ValueError("MAPE is undefined when an actual value is 0")
    return 100.0 * sum(abs((a - p) / a) for a, p in zip(actual, predicted)) / len(actual)
