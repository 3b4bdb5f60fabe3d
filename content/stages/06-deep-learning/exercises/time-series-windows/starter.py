def make_windows(
    series: list[float], window: int, horizon: int = 1
) -> tuple[list[list[float]], list[float]]:
    """Cut a series into (inputs, target) pairs for a sequence model.

    For each start i, the inputs are series[i : i + window] and the target is
    the value `horizon` steps after the last input, series[i + window + horizon - 1].
    Returns (X, y) with one row of X per target in y; both are empty when the
    series is too short. Raises ValueError if window < 1 or horizon < 1.
    """
    raise NotImplementedError("slide a window along the series and pick each target")
