def lag(values: list[float], k: int) -> list[float | None]:
    """Shift a series k steps into the past: out[t] = values[t - k], None for t < k.

    Raises ValueError if k < 1.
    """
    raise NotImplementedError


def moving_average(values: list[float], window: int) -> list[float | None]:
    """Trailing moving average: out[t] = mean(values[t - window + 1 : t + 1]).

    The window ends at t and includes values[t], so it uses only values known at
    time t. out[t] is None for t < window - 1, where the window is not yet full.
    Raises ValueError if window < 1.
    """
    raise NotImplementedError
