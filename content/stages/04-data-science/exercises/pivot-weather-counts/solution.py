import pandas as pd

LABELS = ["drizzle", "fog", "rain", "snow", "sun"]


def weather_days_per_year(weather: pd.DataFrame) -> pd.DataFrame:
    """Days of each weather label per year: years as rows, labels as columns.

    Index: the years (int), named "year"; columns: drizzle, fog, rain, snow,
    sun, named "weather"; int64 counts, 0 where a label did not occur.
    """
    days = weather.assign(year=pd.to_datetime(weather["date"]).dt.year)
    table = days.pivot_table(
        index="year", columns="weather", values="date", aggfunc="count",
        fill_value=0,  # without it, a label missing from a year is NaN and the column turns float
    )
    # Fixed columns: a label absent from the whole input would otherwise have no column at all.
    table = table.reindex(columns=LABELS, fill_value=0).astype("int64")
    table.index = table.index.astype("int64")
    table.index.name, table.columns.name = "year", "weather"
    return table
