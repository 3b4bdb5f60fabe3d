import pandas as pd

from pivot_weather_counts import weather_days_per_year

LABELS = ["drizzle", "fog", "rain", "snow", "sun"]


def table() -> pd.DataFrame:
    return weather_days_per_year(pd.read_csv("seattle-weather.csv"))


def test_shape_and_labels():
    got = table()
    assert list(got.index) == [2012, 2013, 2014, 2015], f"expected the years 2012-2015 as rows, got {list(got.index)}"
    assert list(got.columns) == LABELS, f"expected columns {LABELS}, got {list(got.columns)}"
    assert got.index.name == "year" and got.columns.name == "weather"


def test_counts():
    got = table()
    assert got.loc[2012].tolist() == [31, 5, 191, 21, 118], f"2012: got {got.loc[2012].tolist()}"
    assert got.loc[2013].tolist() == [15, 16, 158, 3, 173], f"2013: got {got.loc[2013].tolist()}"


def test_missing_combinations_are_zero_not_nan():
    got = table()
    assert got.loc[2014, "drizzle"] == 0 and got.loc[2015, "snow"] == 0, (
        "no drizzle in 2014 and no snow in 2015: those cells should be 0; use fill_value=0"
    )
    assert all(str(t) == "int64" for t in got.dtypes), f"counts should be int64, got {got.dtypes.tolist()}"


def test_rows_add_up_to_the_days_of_each_year():
    got = table()
    assert got.sum(axis=1).tolist() == [366, 365, 365, 365], (
        f"each year's counts should add up to its days (2012 is a leap year), got {got.sum(axis=1).tolist()}"
    )


def test_label_absent_from_input_still_has_a_column():
    weather = pd.read_csv("seattle-weather.csv")
    summer = weather[weather["date"].str[5:7].isin(["07", "08"])]
    got = weather_days_per_year(summer)
    assert list(got.columns) == LABELS, "snow never falls in July or August, but the column must be there"
    assert got["snow"].tolist() == [0, 0, 0, 0]


def test_input_is_not_modified():
    weather = pd.read_csv("seattle-weather.csv")
    before = weather.copy()
    weather_days_per_year(weather)
    assert weather.equals(before), "derive the year on a copy (assign), not in the caller's frame"
