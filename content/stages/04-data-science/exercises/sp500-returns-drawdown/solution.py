import pandas as pd


def returns_and_drawdown(prices: pd.DataFrame) -> pd.DataFrame:
    """Close, return, growth, running peak and drawdown per trading day, in date order.

    Index: the dates, sorted, named "date". Columns: close, return (NaN on
    the first day), growth (close / first close), running_peak, drawdown.
    """
    # Every column below compares a day with earlier days: time order first.
    close = (
        prices.assign(date=pd.to_datetime(prices["date"], format="%Y-%m-%d"))
        .set_index("date")
        .sort_index()["close"]
    )
    running_peak = close.cummax()
    return pd.DataFrame({
        "close": close,
        "return": close.pct_change(),   # p_t / p_{t-1} - 1
        "growth": close / close.iloc[0],
        "running_peak": running_peak,
        "drawdown": close / running_peak - 1.0,
    })


def max_drawdown(prices: pd.DataFrame) -> dict:
    """The worst drawdown and the dates of its peak and trough.

    Returns {"max_drawdown": float, "peak": Timestamp, "trough": Timestamp}.
    """
    table = returns_and_drawdown(prices)
    trough = table["drawdown"].idxmin()
    # The peak is the highest close before the trough, not the highest close overall.
    peak = table.loc[:trough, "close"].idxmax()
    return {"max_drawdown": float(table.loc[trough, "drawdown"]), "peak": peak, "trough": trough}
