import math
import random
import statistics

from describe_column import describe

KEYS = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_summary_of_the_lesson_prices():
    got = describe([100, 110, 120, 130, 540])
    expected = {"count": 5, "mean": 200.0, "std": math.sqrt(145000 / 4), "min": 100,
                "25%": 110.0, "50%": 120.0, "75%": 130.0, "max": 540}
    assert list(got) == KEYS, f"expected exactly the keys {KEYS} in that order, got {list(got)}"
    for key, want in expected.items():
        assert close(got[key], want), f"{key}: expected {want}, got {got[key]}"


def test_count_is_an_int():
    got = describe([1.5, 2.5])["count"]
    assert got == 2 and isinstance(got, int), f"count should be the int 2, got {got!r}"


def test_std_divides_by_n_minus_1():
    got = describe([2, 4, 4, 4, 5, 5, 7, 9])["std"]
    assert close(got, math.sqrt(32 / 7)), (
        "the squared distances from the mean 5 add up to 32, so the sample std is sqrt(32 / 7) = "
        f"2.138, got {got} (2.0 would mean you divided by n instead of n - 1)"
    )


def test_quartiles_interpolate_between_values():
    got = describe([4, 1, 3, 2])
    for key, want in [("25%", 1.75), ("50%", 2.5), ("75%", 3.25)]:
        assert close(got[key], want), (
            f"{key} of 1, 2, 3, 4 by linear interpolation is {want}, got {got[key]}"
        )


def test_none_and_nan_are_ignored():
    got = describe([None, 3.0, float("nan"), 1.0, None, 2.0, float("nan")])
    assert got["count"] == 3, f"only 1, 2 and 3 are present, expected count 3, got {got['count']}"
    assert close(got["mean"], 2.0) and close(got["std"], 1.0), (
        f"for 1, 2, 3 expected mean 2 and std 1, got mean {got['mean']} and std {got['std']}"
    )
    assert got["min"] == 1.0 and got["max"] == 3.0, f"expected min 1 and max 3, got {got}"


def test_single_value_has_nan_std():
    got = describe([None, 7.0])
    assert math.isnan(got["std"]), (
        f"with one value the sample std divides by n - 1 = 0; expected nan, got {got['std']}"
    )
    for key in ["mean", "min", "25%", "50%", "75%", "max"]:
        assert close(got[key], 7.0), f"{key} of the single value 7 should be 7, got {got[key]}"


def test_matches_the_statistics_module_on_random_data():
    rng = random.Random(0)
    values = [rng.gauss(50, 10) for _ in range(101)]
    got = describe(values)
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    expected = {"mean": statistics.fmean(values), "std": statistics.stdev(values),
                "25%": q1, "50%": q2, "75%": q3, "min": min(values), "max": max(values)}
    for key, want in expected.items():
        assert close(got[key], want), (
            f"{key}: expected {want} (from the statistics module), got {got[key]}"
        )


def test_input_is_not_modified():
    values = [3, None, 1, 2]
    describe(values)
    assert values == [3, None, 1, 2], f"the input list was changed to {values}"


def test_no_present_values_raises_value_error():
    for values in ([], [None, float("nan")]):
        try:
            describe(values)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {values}: there is nothing to summarise")
