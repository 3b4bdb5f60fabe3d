import math
import random
import statistics

from mean_and_variance import mean, sample_variance


def test_mean_of_small_list():
    got = mean([2, 4, 4, 4, 5, 5, 7, 9])
    assert math.isclose(got, 5.0), f"expected mean 5.0 (40 / 8), got {got}"


def test_sample_variance_divides_by_n_minus_one():
    got = sample_variance([2, 4, 4, 4, 5, 5, 7, 9])
    assert math.isclose(got, 32 / 7), (
        f"expected 32 / 7 ≈ 4.5714 (sum of squared deviations 32, over n - 1 = 7), got {got}; "
        "4.0 would mean you divided by n"
    )


def test_matches_lesson_response_times():
    times = [102.0, 98.0, 110.0, 95.0, 105.0, 99.0, 120.0, 101.0]
    m, v = mean(times), sample_variance(times)
    assert math.isclose(m, 103.75), f"expected mean 103.75, got {m}"
    assert math.isclose(v, 447.5 / 7), f"expected sample variance ≈ 63.93, got {v}"


def test_agrees_with_statistics_module_on_random_data():
    rng = random.Random(42)
    xs = [rng.gauss(10.0, 3.0) for _ in range(500)]
    assert math.isclose(mean(xs), statistics.mean(xs), rel_tol=1e-12), (
        "mean differs from statistics.mean"
    )
    got, want = sample_variance(xs), statistics.variance(xs)
    assert math.isclose(got, want, rel_tol=1e-9), (
        f"expected {want} (statistics.variance), got {got}"
    )


def test_identical_values_have_zero_variance():
    got = sample_variance([3.5, 3.5, 3.5])
    assert abs(got) < 1e-12, f"expected variance 0 when all values are equal, got {got}"


def test_large_values_with_small_spread_stay_accurate():
    xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
    got = sample_variance(xs)
    assert math.isclose(got, 30.0, rel_tol=1e-9), (
        f"expected 30.0 (deviations -6, -3, 3, 6); got {got}. "
        "Subtract the mean before squaring instead of using sum of squares minus n * mean**2"
    )


def test_mean_of_empty_list_raises_value_error():
    try:
        mean([])
    except ValueError:
        return
    raise AssertionError("expected ValueError for the mean of an empty list")


def test_variance_of_one_value_raises_value_error():
    try:
        sample_variance([7.0])
    except ValueError:
        return
    raise AssertionError("expected ValueError: one value gives n - 1 = 0 in the denominator")


def test_input_is_not_modified():
    xs = [3.0, 1.0, 2.0]
    mean(xs)
    sample_variance(xs)
    assert xs == [3.0, 1.0, 2.0], f"the input list changed to {xs}"
