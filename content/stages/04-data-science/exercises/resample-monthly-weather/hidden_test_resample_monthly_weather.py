import pandas as pd

from resample_monthly_weather import monthly_weather


def test_small_frame():
    data = pd.DataFrame({
        "date": ["2020-01-30", "2020-01-31", "2020-03-01"],
        "precipitation": [1.0, 2.0, 4.0], "temp_max": [5.0, 7.0, 9.0],
        "temp_min": [-1.0, 0.0, 2.0], "wind": [1.0, 1.0, 1.0],
        "weather": ["rain", "sun", "rain"],
    })
    got = monthly_weather(data)
    assert list(got.index) == [pd.Timestamp("2020-01-01"), pd.Timestamp("2020-02-01"), pd.Timestamp("2020-03-01")]
    assert got["total_precip_mm"].tolist() == [3.0, 0.0, 4.0]
    assert got["rain_days"].tolist() == [1, 0, 1] and got["n_days"].tolist() == [2, 0, 1]
    assert got.loc["2020-01-01", "mean_temp_max"] == 6.0
