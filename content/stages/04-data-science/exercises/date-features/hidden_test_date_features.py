# Hidden tests: the features of many other dates (checked against calendar arithmetic built from
# day numbers, not from the strings), century leap years, time-zone offsets and other bad dates.
import random
from datetime import date, timedelta

from date_features import date_features


def test_random_dates_over_two_centuries():
    rng = random.Random(2024)
    start = date(1900, 1, 1)
    for _ in range(300):
        day = start + timedelta(days=rng.randrange(0, 73000))
        ref = start + timedelta(days=rng.randrange(0, 73000))
        # 1900-01-01 was a Monday, so the weekday is the day number modulo 7.
        dow = (day - start).days % 7
        want = {
            "year": day.year,
            "month": day.month,
            "day_of_week": dow,
            "is_weekend": dow >= 5,
            "days_since_reference": (day - start).days - (ref - start).days,
        }
        got = date_features(day.isoformat(), ref.isoformat())
        assert got == want, f"date_features({day.isoformat()!r}, {ref.isoformat()!r}): expected {want}, got {got}"
        assert type(got["year"]) is int and type(got["is_weekend"]) is bool, (
            f"year should be an int and is_weekend a bool, got {got['year']!r} and {got['is_weekend']!r}"
        )


def test_century_leap_years():
    got = date_features("2000-02-29", "1999-12-31")
    assert got["day_of_week"] == 1 and got["days_since_reference"] == 60, (
        "2000 is a leap year (divisible by 400): 2000-02-29 is a Tuesday (1), 60 days after "
        f"1999-12-31; got day_of_week {got['day_of_week']} and {got['days_since_reference']} days"
    )
    got = date_features("1900-03-01", "1900-02-28")["days_since_reference"]
    assert got == 1, f"1900 is not a leap year (divisible by 100, not 400): expected 1 day, got {got}"
    got = date_features("2020-02-29", "2021-02-28")["days_since_reference"]
    assert got == -365, f"2020-02-29 is 365 days before 2021-02-28, expected -365, got {got}"


def test_times_and_offsets_are_ignored():
    got = date_features("2024-03-10T23:30:00+05:00", "2024-03-09T00:15:00")
    want = {"year": 2024, "month": 3, "day_of_week": 6, "is_weekend": True, "days_since_reference": 1}
    assert got == want, (
        f"2024-03-10 as written is a Sunday, one calendar day after 2024-03-09: expected {want}, got {got}"
    )
    got = date_features("2025-12-31T00:00:00", "2026-01-01T23:59:59")
    assert got["days_since_reference"] == -1 and got["year"] == 2025 and got["month"] == 12, (
        "only the dates count: 2025-12-31 is one day before 2026-01-01 whatever the times, got "
        f"{got}"
    )


def test_other_invalid_dates_raise_value_error():
    cases = [
        ("2024-04-31", "2024-01-01", "April has 30 days"),
        ("1900-02-29", "2024-01-01", "1900 is not a leap year"),
        ("2024-01-15", "2024-02-30", "the reference 2024-02-30 does not exist"),
        ("2024/01/15", "2024-01-01", "slashes are not ISO 8601"),
        ("2024-01-15", "yesterday", "the reference is not a date"),
        ("01-15-2024", "2024-01-01", "month-day-year is not ISO 8601"),
    ]
    for day, ref, why in cases:
        try:
            date_features(day, ref)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for date_features({day!r}, {ref!r}): {why}")
