import pandas as pd


def weather_days_per_year(weather: pd.DataFrame) -> pd.DataFrame:
    """Days of each weather label per year: years as rows, labels as columns.

    Index: the years (int), named "year"; columns: drizzle, fog, rain, snow,
    sun, named "weather"; int64 counts, 0 where a label did not occur.
    """
    raise NotImplementedError("derive the year, then pivot_table with a count")
