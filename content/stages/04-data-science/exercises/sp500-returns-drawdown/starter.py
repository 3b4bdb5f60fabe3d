import pandas as pd


def returns_and_drawdown(prices: pd.DataFrame) -> pd.DataFrame:
    """Close, return, growth, running peak and drawdown per trading day, in date order.

    Index: the dates, sorted, named "date". Columns: close, return (NaN on
    the first day), growth (close / first close), running_peak, drawdown.
    """
    raise NotImplementedError("sort by date, then pct_change, cummax and a ratio")


def max_drawdown(prices: pd.DataFrame) -> dict:
    """The worst drawdown and the dates of its peak and trough.

    Returns {"max_drawdown": float, "peak": Timestamp, "trough": Timestamp}.
    """
    raise NotImplementedError
