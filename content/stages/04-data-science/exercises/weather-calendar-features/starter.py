import pandas as pd


def add_calendar_features(weather: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of weather with date parsed and five calendar columns added.

    New columns: month (1-12), day_of_week (0 = Monday), is_weekend (bool),
    season (winter = Dec-Feb, spring, summer, autumn), day_of_year (1-366).
    """
    result = weather.copy()
    result["date"] = pd.to_datetime(result["date"])
    result["month"] = result["date"].dt.month
    # The other four columns are still to do.
    return result
