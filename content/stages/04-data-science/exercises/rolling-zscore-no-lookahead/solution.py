import pandas as pd


def rolling_zscore(values: pd.Series, window: int) -> pd.Series:
    """z_t of each value against the previous `window` values (NaN until the window is full).

    The mean and sample standard deviation come from values t-window .. t-1,
    never from t itself or later.
    """
    # shift(1) puts yesterday's value on today's row, so a window that ends on
    # today's row covers t-window .. t-1: the past only.
    past = values.shift(1).rolling(window, min_periods=window)
    return (values - past.mean()) / past.std()  # std divides by window - 1


def flag_anomalies(prices: pd.DataFrame, window: int = 60, threshold: float = 4.0) -> pd.DataFrame:
    """Daily returns of the close, their rolling z-score, and |z| > threshold.

    Index: sorted dates named "date"; columns: return, zscore, is_anomaly.
    """
    close = (
        prices.assign(date=pd.to_datetime(prices["date"], format="%Y-%m-%d"))
        .set_index("date")
        .sort_index()["close"]
    )
    returns = close.pct_change()
    z = rolling_zscore(returns, window)
    # NaN > threshold is False, so days without a full window are never flagged.
    return pd.DataFrame({"return": returns, "zscore": z, "is_anomaly": z.abs() > threshold})
