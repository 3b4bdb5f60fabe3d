def make_windows(
    series: list[float], window: int, horizon: int = 1
) -> tuple[list[list[float]], list[float]]:
    """Cut a series into (inputs, target) pairs for a sequence model.

    For each start i, the inputs are series[i : i + window] and the target is
    the value `horizon` steps after the last input, series[i + window + horizon - 1].
    Returns (X, y) with one row of X per target in y; both are empty when the
    series is too short. Raises ValueError if window < 1 or horizon < 1.
    """
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    if horizon < 1:
        raise ValueError(f"horizon must be at least 1, got {horizon}")
    # Each pair spans window + horizon values, so the last start is len - window - horizon.
    count = max(0, len(series) - window - horizon + 1)
    X = [list(series[i:i + window]) for i in range(count)]  # slices are new lists
    # The target sits horizon steps after the window's last value (index i + window - 1),
    # so it is always strictly later than every input: no future value leaks into X.
    y = [series[i + window + horizon - 1] for i in range(count)]
    return X, y
