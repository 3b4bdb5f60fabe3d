from datetime import date as Date
from datetime import datetime


def _parse(text: str) -> Date:
    # fromisoformat accepts a plain date and a date-time, and raises ValueError
    # for anything else, including days that do not exist (2023-02-29).
    # .date() drops the time and keeps the calendar date as written.
    return datetime.fromisoformat(text).date()


def date_features(date: str, reference: str) -> dict[str, int | bool]:
    """Return year, month, day of week, weekend flag and days since reference.

    Both arguments are ISO 8601 dates ("2024-01-15") or date-times
    ("2024-01-15T10:30:00", time ignored). Keys: "year", "month",
    "day_of_week" (Monday = 0), "is_weekend", "days_since_reference".
    Raises ValueError for an invalid date.
    """
    day = _parse(date)
    ref = _parse(reference)
    weekday = day.weekday()  # Monday = 0 ... Sunday = 6
    return {
        "year": day.year,
        "month": day.month,
        "day_of_week": weekday,
        "is_weekend": weekday >= 5,
        # Date subtraction knows month lengths and leap years; .days keeps the sign.
        "days_since_reference": (day - ref).days,
    }
