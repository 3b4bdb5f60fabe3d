def date_features(date: str, reference: str) -> dict[str, int | bool]:
    """Return year, month, day of week, weekend flag and days since reference.

    Both arguments are ISO 8601 dates ("2024-01-15") or date-times
    ("2024-01-15T10:30:00", time ignored). Keys: "year", "month",
    "day_of_week" (Monday = 0), "is_weekend", "days_since_reference".
    Raises ValueError for an invalid date.
    """
    raise NotImplementedError("parse both dates with the datetime module, then read off the parts")
