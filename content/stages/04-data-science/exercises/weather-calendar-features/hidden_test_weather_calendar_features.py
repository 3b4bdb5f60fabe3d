import pandas as pd

from weather_calendar_features import add_calendar_features


def test_other_dates():
    data = pd.DataFrame({"date": ["2024-02-29", "2023-11-30", "2023-12-01", "2024-06-01"], "x": [1, 2, 3, 4]})
    got = add_calendar_features(data)
    assert got["season"].tolist() == ["winter", "autumn", "winter", "summer"]
    assert got["day_of_week"].tolist() == [3, 3, 4, 5]
    assert got["is_weekend"].tolist() == [False, False, False, True]
    assert got["day_of_year"].tolist() == [60, 334, 335, 153]
