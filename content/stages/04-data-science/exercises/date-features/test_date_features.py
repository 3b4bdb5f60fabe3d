from date_features import date_features

KEYS = {"year", "month", "day_of_week", "is_weekend", "days_since_reference"}


def test_features_of_the_lesson_listing_date():
    got = date_features("2024-01-15", "2024-01-01")
    expected = {
        "year": 2024, "month": 1, "day_of_week": 0, "is_weekend": False, "days_since_reference": 14,
    }
    assert set(got) == KEYS, f"expected exactly the keys {sorted(KEYS)}, got {sorted(got)}"
    assert got == expected, (
        f"2024-01-15 is a Monday 14 days after 2024-01-01: expected {expected}, got {got}"
    )


def test_saturday_and_sunday_are_the_weekend():
    for day, dow in [("2024-11-29", 4), ("2024-11-30", 5), ("2024-12-01", 6), ("2024-12-02", 0)]:
        got = date_features(day, "2024-01-01")
        assert got["day_of_week"] == dow, (
            f"{day}: expected day_of_week {dow} (Monday = 0), got {got['day_of_week']}"
        )
        assert got["is_weekend"] is (dow >= 5), (
            f"{day}: is_weekend should be {dow >= 5} (a bool), got {got['is_weekend']!r}"
        )


def test_days_since_reference_counts_leap_days():
    got = date_features("2024-03-01", "2024-02-28")["days_since_reference"]
    assert got == 2, f"2024 is a leap year, so 2024-02-28 to 2024-03-01 is 2 days, got {got}"
    got = date_features("2023-03-01", "2023-02-28")["days_since_reference"]
    assert got == 1, f"2023 is not a leap year, so 2023-02-28 to 2023-03-01 is 1 day, got {got}"
    got = date_features("2024-11-30", "2024-01-01")["days_since_reference"]
    assert got == 334, f"expected 334 days from 2024-01-01 to 2024-11-30, got {got}"


def test_dates_before_the_reference_are_negative():
    got = date_features("2023-12-25", "2024-01-01")["days_since_reference"]
    assert got == -7, f"2023-12-25 is 7 days before 2024-01-01, expected -7, got {got}"
    got = date_features("2024-01-01", "2024-01-01")["days_since_reference"]
    assert got == 0, f"a date equal to the reference should give 0, got {got}"


def test_a_date_time_uses_only_its_date():
    got = date_features("2024-06-20T23:59:00", "2024-06-20T00:00:01")
    assert got["day_of_week"] == 3 and got["month"] == 6, (
        f"2024-06-20 is a Thursday (3) in June, got day_of_week {got['day_of_week']} and month "
        f"{got['month']}"
    )
    assert got["days_since_reference"] == 0, (
        "both times are on 2024-06-20, so the difference is 0 days, got "
        f"{got['days_since_reference']}"
    )


def test_invalid_dates_raise_value_error():
    cases = [
        ("2023-02-29", "2024-01-01", "2023 has no 29 February"),
        ("15/01/2024", "2024-01-01", "15/01/2024 is not ISO 8601"),
        ("", "2024-01-01", "an empty string is not a date"),
        ("2024-01-15", "2024-13-01", "the reference has month 13"),
    ]
    for day, ref, why in cases:
        try:
            date_features(day, ref)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for date_features({day!r}, {ref!r}): {why}")
