import pandas as pd

from weather_calendar_features import add_calendar_features

NEW = ["month", "day_of_week", "is_weekend", "season", "day_of_year"]


def features() -> pd.DataFrame:
    return add_calendar_features(pd.read_csv("seattle-weather.csv"))


def test_columns_and_date_dtype():
    got = features()
    expected = ["date", "precipitation", "temp_max", "temp_min", "wind", "weather"] + NEW
    assert list(got.columns) == expected, f"expected columns {expected}, got {list(got.columns)}"
    assert pd.api.types.is_datetime64_dtype(got["date"]), f"date should be parsed, got {got['date'].dtype}"
    assert len(got) == 1461


def test_first_day():
    row = features().iloc[0]
    assert row["month"] == 1 and row["day_of_year"] == 1
    assert row["day_of_week"] == 6, f"1 January 2012 was a Sunday (6 with Monday = 0), got {row['day_of_week']}"
    assert bool(row["is_weekend"]) is True


def test_weekend_flag():
    got = features()
    assert got["is_weekend"].dtype == bool, f"is_weekend should be bool, got {got['is_weekend'].dtype}"
    assert int(got["is_weekend"].sum()) == 417, (
        f"2012-2015 has 417 Saturdays and Sundays, got {int(got['is_weekend'].sum())}"
    )


def test_seasons():
    got = features()
    counts = got["season"].value_counts().to_dict()
    assert counts == {"spring": 368, "summer": 368, "autumn": 364, "winter": 361}, (
        f"expected 368 spring, 368 summer, 364 autumn and 361 winter days, got {counts}"
    )
    december = got[got["month"] == 12]["season"].unique().tolist()
    assert december == ["winter"], f"December is winter, got {december}"


def test_leap_year_day_of_year():
    got = features()
    last = got[got["date"] == pd.Timestamp("2012-12-31")]["day_of_year"].iloc[0]
    assert last == 366, f"2012 is a leap year: 31 December is day 366, got {last}"


def test_works_on_a_slice_and_leaves_input_alone():
    weather = pd.read_csv("seattle-weather.csv")
    part = weather.iloc[800:810]
    before = part.copy()
    got = add_calendar_features(part)
    assert list(got.index) == list(range(800, 810)), "keep the input's index"
    assert part.equals(before), "the input must keep its text dates"
