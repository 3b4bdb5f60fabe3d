import copy
import math

from fill_missing_values import fill_missing


def sample_records():
    return [
        {"city": "London", "age": 34, "spend": 1200.0},
        {"city": "Paris", "age": None, "spend": 85.0},
        {"city": None, "age": 29, "spend": None},
        {"city": "Berlin", "age": 41, "spend": 92.0},
    ]


def test_mean_strategy_fills_each_numeric_gap():
    out = fill_missing(sample_records(), "mean")
    assert math.isclose(out[1]["age"], 104 / 3), (
        f"expected the missing age to be the mean (34 + 29 + 41) / 3 = 34.67, got {out[1]['age']}"
    )
    assert math.isclose(out[2]["spend"], 459.0), (
        f"expected the missing spend to be (1200 + 85 + 92) / 3 = 459.0, got {out[2]['spend']}"
    )
    assert out[0] == {"city": "London", "age": 34, "spend": 1200.0}, (
        f"a record without gaps must come back unchanged, got {out[0]}"
    )


def test_mean_is_the_default_strategy():
    out = fill_missing(sample_records())
    assert math.isclose(out[2]["spend"], 459.0), (
        f"with no strategy given the fill should be the mean 459.0, got {out[2]['spend']}"
    )


def test_median_strategy_uses_the_middle_value():
    out = fill_missing(sample_records(), "median")
    assert out[1]["age"] == 34, f"the median of 29, 34, 41 is 34, got {out[1]['age']}"
    assert out[2]["spend"] == 92.0, (
        f"the median of 85, 92, 1200 is 92 (the 1200 does not pull it up), got {out[2]['spend']}"
    )


def test_median_of_an_even_count_averages_the_two_middle_values():
    records = [{"x": 10}, {"x": 1}, {"x": None}, {"x": 4}, {"x": 3}]
    out = fill_missing(records, "median")
    assert math.isclose(out[2]["x"], 3.5), (
        "the present values sort to 1, 3, 4, 10; the median is (3 + 4) / 2 = 3.5, got "
        f"{out[2]['x']}"
    )


def test_non_numeric_columns_are_left_alone():
    records = [
        {"city": "Oslo", "code": 3},
        {"city": None, "code": "n/a"},
        {"city": "Rome", "code": None},
    ]
    out = fill_missing(records, "mean")
    assert out[1]["city"] is None, f"a text column must not be filled, got {out[1]['city']!r}"
    assert out[2]["code"] is None, (
        f"a column mixing 3 and 'n/a' is not numeric and must not be filled, got {out[2]['code']!r}"
    )


def test_booleans_do_not_count_as_numbers():
    records = [{"active": True}, {"active": None}, {"active": False}]
    out = fill_missing(records, "mean")
    assert out[1]["active"] is None, (
        "True/False flags are not a numeric column (bool is a subclass of int), so the gap must "
        f"stay None, got {out[1]['active']!r}"
    )


def test_absent_key_counts_as_missing():
    records = [{"id": 1, "score": 2.0}, {"id": 2}, {"id": 3, "score": 4.0}]
    out = fill_missing(records, "mean")
    assert "score" in out[1] and math.isclose(out[1]["score"], 3.0), (
        f"a record without the 'score' key should get the mean 3.0, got {out[1]}"
    )


def test_column_with_no_present_values_stays_missing():
    records = [{"a": 1, "b": None}, {"a": None, "b": None}]
    out = fill_missing(records, "median")
    assert out[0]["b"] is None and out[1]["b"] is None, (
        f"column 'b' has no values to average, so it must stay None, got {[r['b'] for r in out]}"
    )
    assert out[1]["a"] == 1, f"column 'a' should still be filled with 1, got {out[1]['a']}"


def test_input_records_are_not_modified():
    records = sample_records()
    before = copy.deepcopy(records)
    out = fill_missing(records, "mean")
    assert records == before, f"the input records changed to {records}"
    assert out[1] is not records[1], "return new dicts, not the input records"
    assert fill_missing([], "mean") == [], "an empty list of records should give an empty list"


def test_unknown_strategy_raises_value_error():
    try:
        fill_missing(sample_records(), "mode")
    except ValueError:
        return
    raise AssertionError('expected ValueError for strategy "mode"; only "mean" and "median" exist')
