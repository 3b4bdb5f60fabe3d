import pandas as pd

from pivot_weather_counts import weather_days_per_year


def test_small_frame():
    data = pd.DataFrame({
        "date": ["2020-01-01", "2020-06-01", "2021-03-03", "2021-03-04", "2021-03-05"],
        "weather": ["sun", "sun", "fog", "sun", "fog"],
    })
    got = weather_days_per_year(data)
    assert list(got.index) == [2020, 2021]
    assert got.loc[2020].tolist() == [0, 0, 0, 0, 2]
    assert got.loc[2021].tolist() == [0, 2, 0, 0, 1]


def test_last_two_years():
    weather = pd.read_csv("seattle-weather.csv")
    got = weather_days_per_year(weather[weather["date"] >= "2014-01-01"])
    assert list(got.index) == [2014, 2015]
    assert got.loc[2015].tolist() == [7, 52, 144, 0, 162]
