import pandas as pd


def monthly_weather(weather: pd.DataFrame) -> pd.DataFrame:
    """One row per calendar month with rain totals, temperatures and day counts.

    Index: month-start dates named "month". Columns: total_precip_mm,
    mean_temp_max, max_temp_max, min_temp_min, rain_days, n_days.
    """
    # Groups by month number: every January of four years ends up in one row.
    month = pd.to_datetime(weather["date"]).dt.month
    return weather.groupby(month).agg(total_precip_mm=("precipitation", "sum"))
