import math

import pandas as pd

from resample_monthly_weather import monthly_weather

COLUMNS = ["total_precip_mm", "mean_temp_max", "max_temp_max", "min_temp_min", "rain_days", "n_days"]


def monthly() -> pd.DataFrame:
    return monthly_weather(pd.read_csv("seattle-weather.csv"))


def test_one_row_per_month_labelled_by_its_first_day():
    got = monthly()
    assert isinstance(got.index, pd.DatetimeIndex), f"expected a DatetimeIndex, got {type(got.index).__name__}"
    assert len(got) == 48, f"2012-2015 is 48 months, got {len(got)} rows; a groupby on the month number gives 12"
    assert got.index[0] == pd.Timestamp("2012-01-01") and got.index[-1] == pd.Timestamp("2015-12-01"), (
        f"label each month by its first day ('MS'), got {got.index[0].date()} ... {got.index[-1].date()}"
    )
    assert got.index.name == "month"
    assert list(got.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(got.columns)}"


def test_first_month():
    jan = monthly().iloc[0]
    assert math.isclose(jan["total_precip_mm"], 173.3, abs_tol=1e-6)
    assert math.isclose(jan["mean_temp_max"], 7.054839, abs_tol=1e-5)
    assert jan["max_temp_max"] == 12.8 and jan["min_temp_min"] == -3.3
    assert jan["rain_days"] == 18 and jan["n_days"] == 31


def test_extremes():
    got = monthly()
    assert got["total_precip_mm"].idxmax() == pd.Timestamp("2015-12-01")
    assert math.isclose(got["total_precip_mm"].max(), 284.5, abs_tol=1e-6)
    assert got["max_temp_max"].idxmax() == pd.Timestamp("2014-08-01")


def test_counts_add_up():
    got = monthly()
    assert int(got["n_days"].sum()) == 1461, "every day falls in exactly one month"
    assert int(got["rain_days"].sum()) == 641, "641 days are labelled rain"
    assert str(got["rain_days"].dtype) == "int64" and str(got["n_days"].dtype) == "int64"
    assert got.loc["2012-02-01", "n_days"] == 29, "February 2012 had 29 days"


def test_empty_month_is_kept():
    weather = pd.read_csv("seattle-weather.csv")
    gap = weather[~weather["date"].str.startswith("2013-05")]
    got = monthly_weather(gap)
    may = got.loc["2013-05-01"]
    assert len(got) == 48, "a month without rows keeps its place in the timeline"
    assert may["n_days"] == 0 and may["rain_days"] == 0 and may["total_precip_mm"] == 0.0
    assert math.isnan(may["mean_temp_max"])


def test_input_is_not_modified():
    weather = pd.read_csv("seattle-weather.csv")
    before = weather.copy()
    monthly_weather(weather)
    assert weather.equals(before)
