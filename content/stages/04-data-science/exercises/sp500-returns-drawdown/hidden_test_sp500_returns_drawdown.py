import math

import pandas as pd

from sp500_returns_drawdown import max_drawdown, returns_and_drawdown


def small() -> pd.DataFrame:
    return pd.DataFrame({
        "date": ["2021-01-05", "2021-01-04", "2021-01-06", "2021-01-07", "2021-01-08", "2021-01-11"],
        "close": [120.0, 100.0, 90.0, 130.0, 65.0, 140.0],
    })


def test_small_table():
    got = returns_and_drawdown(small())
    assert got["close"].tolist() == [100.0, 120.0, 90.0, 130.0, 65.0, 140.0]
    assert got["running_peak"].tolist() == [100.0, 120.0, 120.0, 130.0, 130.0, 140.0]
    assert math.isclose(got["drawdown"].iloc[2], -0.25)
    assert math.isclose(got["return"].iloc[1], 0.2)


def test_small_max_drawdown():
    got = max_drawdown(small())
    assert math.isclose(got["max_drawdown"], -0.5)
    assert got["peak"] == pd.Timestamp("2021-01-07") and got["trough"] == pd.Timestamp("2021-01-08")
