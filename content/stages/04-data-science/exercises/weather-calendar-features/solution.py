import pandas as pd

# Meteorological seasons go by whole months; December opens the winter.
SEASONS = {
    12: "winter", 1: "winter", 2: "winter",
    3: "spring", 4: "spring", 5: "spring",
    6: "summer", 7: "summer", 8: "summer",
    9: "autumn", 10: "autumn", 11: "autumn",
}


def add_calendar_features(weather: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of weather with date parsed and five calendar columns added.

    New columns: month (1-12), day_of_week (0 = Monday), is_weekend (bool),
    season (winter = Dec-Feb, spring, summer, autumn), day_of_year (1-366).
    """
    result = weather.copy()
    result["date"] = pd.to_datetime(result["date"], format="%Y-%m-%d")
    dates = result["date"].dt  # the datetime accessor: one call per feature, for all rows
    result["month"] = dates.month
    result["day_of_week"] = dates.dayofweek  # Monday = 0
    result["is_weekend"] = result["day_of_week"] >= 5
    result["season"] = result["month"].map(SEASONS)
    result["day_of_year"] = dates.dayofyear
    return result
