import math


def naive_forecast(series: list[float], test_start: int) -> list[float]:
    """Last-value forecasts for the test period series[test_start:].

    The forecast for position t is series[t - 1], the last value known before t.
    Raises ValueError unless 1 <= test_start < len(series).
    """
    raise NotImplementedError


def rmse(actual: list[float], predicted: list[float]) -> float:
    """Root mean squared error: sqrt(mean((actual - predicted)^2)), in the data's units.

    Raises ValueError for lists of different lengths or empty lists.
    """
    raise NotImplementedError


def mape(actual: list[float], predicted: list[float]) -> float:
    """Mean absolute percentage error, in percent: 100 * mean(|actual - predicted| / |actual|).

    Raises ValueError for lists of different lengths, empty lists, or an actual value of 0.
    """
    raise NotImplementedError
