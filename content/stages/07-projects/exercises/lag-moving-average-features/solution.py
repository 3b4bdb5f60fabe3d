def lag(values: list[float], k: int) -> list[float | None]:
    """Shift a series k steps into the past: out[t] = values[t - k], None for t < k.

    Raises ValueError if k < 1.
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    n = len(values)
    # The first k positions have no value k steps back; never wrap around to the end.
    return [None] * min(k, n) + list(values[: max(0, n - k)])


def moving_average(values: list[float], window: int) -> list[float | None]:
    """Trailing moving average: out[t] = mean(values[t - window + 1 : t + 1]).

    The window ends at t and includes values[t], so it uses only values known at
    time t. out[t] is None for t < window - 1, where the window is not yet full.
    Raises ValueError if window < 1.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    out: list[float | None] = []
    for t in range(len(values)):
        if t < window - 1:
            out.append(None)  # not enough history: a shorter average would mean something else
        else:
            # values[t - window + 1 .. t]: today and the window - 1 days before, never later.
            out.append(sum(values[t - window + 1 : t + 1]) / window)
    return out
