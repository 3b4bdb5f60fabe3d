import math
import statistics

import pandas as pd

from rolling_zscore_no_lookahead import flag_anomalies, rolling_zscore


def test_other_window():
    values = pd.Series([2.0, 4.0, 6.0, 5.0, -20.0, 3.0])
    got = rolling_zscore(values, window=3)
    assert got.iloc[:3].isna().all()
    assert math.isclose(got.iloc[3], (5 - 4) / 2)
    assert math.isclose(got.iloc[4], (-20 - 5) / statistics.stdev([4.0, 6.0, 5.0]))


def test_nan_in_window():
    values = pd.Series([1.0, 2.0, float("nan"), 4.0, 5.0, 6.0, 7.0])
    got = rolling_zscore(values, window=2)
    assert got.isna().tolist() == [True, True, True, True, True, False, False]


def test_other_threshold():
    table = flag_anomalies(pd.read_csv("sp500.csv"), window=60, threshold=6.0)
    assert int(table["is_anomaly"].sum()) == int((table["zscore"].abs() > 6.0).sum()) == 3
