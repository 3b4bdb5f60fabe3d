import pandas as pd


def monthly_weather(weather: pd.DataFrame) -> pd.DataFrame:
    """One row per calendar month with rain totals, temperatures and day counts.

    Index: month-start dates named "month". Columns: total_precip_mm,
    mean_temp_max, max_temp_max, min_temp_min, rain_days, n_days.
    """
    days = weather.assign(
        date=pd.to_datetime(weather["date"], format="%Y-%m-%d"),
        is_rain=weather["weather"] == "rain",
    )
    # "MS" = month start: each bin is labelled by the 1st of its month.
    monthly = days.set_index("date").resample("MS").agg(
        total_precip_mm=("precipitation", "sum"),
        mean_temp_max=("temp_max", "mean"),
        max_temp_max=("temp_max", "max"),
        min_temp_min=("temp_min", "min"),
        rain_days=("is_rain", "sum"),
        n_days=("weather", "size"),  # rows, whatever their values
    )
    # An empty month sums to 0 and counts 0 rows; the casts keep the counts integers.
    monthly["rain_days"] = monthly["rain_days"].astype("int64")
    monthly["n_days"] = monthly["n_days"].astype("int64")
    monthly.index.name = "month"
    return monthly
