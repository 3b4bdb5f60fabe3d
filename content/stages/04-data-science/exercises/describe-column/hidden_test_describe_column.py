# Hidden tests: other columns than the visible ones - every small size from 2 to 12 with gaps
# scattered in, negative numbers, a constant column and a lone value between NaNs.
import math
import random
import statistics

from describe_column import describe

KEYS = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_every_small_size_with_gaps_matches_the_statistics_module():
    rng = random.Random(7)
    for n in range(2, 13):
        present = [round(rng.uniform(-100, 100), 2) for _ in range(n)]
        values = list(present)
        for _ in range(rng.randint(0, 3)):
            values.insert(rng.randint(0, len(values)), rng.choice([None, float("nan")]))
        got = describe(values)
        assert list(got) == KEYS, f"expected the keys {KEYS} in that order, got {list(got)}"
        q1, q2, q3 = statistics.quantiles(present, n=4, method="inclusive")
        want = {"count": n, "mean": statistics.fmean(present), "std": statistics.stdev(present),
                "min": min(present), "25%": q1, "50%": q2, "75%": q3, "max": max(present)}
        for key, w in want.items():
            assert close(got[key], w), f"{key} of {values}: expected {w}, got {got[key]}"
        assert got["count"] == n and isinstance(got["count"], int), (
            f"count should be the int {n}, got {got['count']!r}"
        )


def test_negative_values_worked_by_hand():
    got = describe([-3, None, -1, -10, 0])
    # sorted -10, -3, -1, 0: mean -3.5, squared distances 42.25 + 0.25 + 6.25 + 12.25 = 61
    want = {"count": 4, "mean": -3.5, "std": math.sqrt(61 / 3), "min": -10,
            "25%": -4.75, "50%": -2.0, "75%": -0.75, "max": 0}
    for key, w in want.items():
        assert close(got[key], w), f"{key} of -3, -1, -10, 0: expected {w}, got {got[key]}"


def test_constant_column_has_zero_std():
    got = describe([4.5, 4.5, None, 4.5])
    assert got["count"] == 3 and close(got["std"], 0.0), (
        f"three equal values have count 3 and std 0 (not nan), got count {got['count']} and std "
        f"{got['std']}"
    )
    for key in ["mean", "min", "25%", "50%", "75%", "max"]:
        assert close(got[key], 4.5), f"{key} of a column of 4.5s should be 4.5, got {got[key]}"


def test_single_value_between_nans():
    got = describe([float("nan"), -2.5, None, float("nan")])
    assert got["count"] == 1 and math.isnan(got["std"]), (
        f"one present value: count 1 and std nan, got count {got['count']} and std {got['std']}"
    )
    for key in ["mean", "min", "25%", "50%", "75%", "max"]:
        assert close(got[key], -2.5), f"{key} of the single value -2.5 should be -2.5, got {got[key]}"


def test_only_missing_values_raise_and_input_is_kept():
    values = [None]
    try:
        describe(values)
    except ValueError:
        assert values == [None], f"the input list was changed to {values}"
        return
    raise AssertionError("expected ValueError for [None]: nothing is left to summarise")
