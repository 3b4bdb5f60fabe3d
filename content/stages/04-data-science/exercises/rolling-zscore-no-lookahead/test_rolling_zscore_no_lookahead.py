import math
import random
import statistics

import numpy as np
import pandas as pd

from rolling_zscore_no_lookahead import flag_anomalies, rolling_zscore


def test_worked_example_uses_the_past_window_only():
    got = rolling_zscore(pd.Series([1.0, -1.0, 1.0, -1.0, 10.0]), window=4)
    assert got.iloc[:4].isna().all(), "the first 4 values have no full window of 4 earlier values"
    assert math.isclose(got.iloc[4], 10 / statistics.stdev([1.0, -1.0, 1.0, -1.0]), rel_tol=1e-9), (
        f"expected z = 8.66 from the previous four values, got {got.iloc[4]:.3f}; "
        "1.48 means the window included today's value"
    )


def test_matches_a_loop():
    rng = random.Random(1)
    values = pd.Series([rng.gauss(0, 1) for _ in range(40)], index=range(100, 140))
    got = rolling_zscore(values, window=7)
    assert list(got.index) == list(values.index), "keep the input's index"
    for t in range(40):
        if t < 7:
            assert math.isnan(got.iloc[t]), f"position {t} has fewer than 7 earlier values: expected NaN"
        else:
            past = values.iloc[t - 7:t].tolist()
            expected = (values.iloc[t] - statistics.mean(past)) / statistics.stdev(past)
            assert math.isclose(got.iloc[t], expected, rel_tol=1e-9, abs_tol=1e-12), f"position {t}"


def test_future_values_do_not_change_the_past():
    rng = random.Random(2)
    values = pd.Series([rng.gauss(0, 1) for _ in range(50)])
    changed = values.copy()
    changed.iloc[30:] = 100.0
    a, b = rolling_zscore(values, 10), rolling_zscore(changed, 10)
    assert np.allclose(a.iloc[:30], b.iloc[:30], equal_nan=True), (
        "changing day 30 onwards changed an earlier z-score: the window looks ahead"
    )


def test_sp500_anomalies():
    table = flag_anomalies(pd.read_csv("sp500.csv"))
    assert list(table.columns) == ["return", "zscore", "is_anomaly"]
    assert table.index.name == "date" and table.index.is_monotonic_increasing
    assert table["is_anomaly"].dtype == bool
    assert int(table["is_anomaly"].sum()) == 29, (
        f"with a 60-day past window and |z| > 4, 29 days are flagged; got {int(table['is_anomaly'].sum())} "
        "(10 means the window included today)"
    )
    assert math.isclose(table.loc["2007-02-27", "zscore"], -8.2038, abs_tol=1e-3)
    assert bool(table.loc["2020-03-16", "is_anomaly"])


def test_first_days_are_not_flagged():
    table = flag_anomalies(pd.read_csv("sp500.csv"), window=60)
    assert table["zscore"].iloc[:61].isna().all() and not table["zscore"].iloc[61:].isna().any(), (
        "the first return is NaN, so z needs 61 earlier days: NaN exactly on the first 61 rows"
    )
    assert not table["is_anomaly"].iloc[:61].any()


def test_unsorted_prices_and_input_unchanged():
    prices = pd.read_csv("sp500.csv")
    shuffled = prices.sample(frac=1.0, random_state=3)
    before = shuffled.copy()
    table = flag_anomalies(shuffled, window=20, threshold=5.0)
    assert shuffled.equals(before), "do not modify the input"
    expected = flag_anomalies(prices, window=20, threshold=5.0)
    assert table.index.equals(expected.index) and table["is_anomaly"].equals(expected["is_anomaly"]), (
        "sort by date before computing returns"
    )
