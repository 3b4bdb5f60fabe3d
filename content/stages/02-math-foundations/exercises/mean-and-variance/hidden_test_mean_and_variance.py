# Hidden tests: other data (negatives, two values, one value for the mean, integers), agreement with
# the statistics module on another seed, another large-offset case, and sample_variance([]).
import math
import random
import statistics

from mean_and_variance import mean, sample_variance


def test_other_small_lists():
    cases = [
        ([1, 3], 2.0, 2.0),
        ([-4.0, 0.0, 4.0, 8.0], 2.0, 80 / 3),
        ([10, 10, 10, 11], 10.25, 0.25),
    ]
    for xs, want_mean, want_var in cases:
        m, v = mean(xs), sample_variance(xs)
        assert math.isclose(m, want_mean), f"expected mean {want_mean} for {xs}, got {m}"
        assert math.isclose(v, want_var), (
            f"expected sample variance {want_var} for {xs} (divide by n - 1 = {len(xs) - 1}), got {v}"
        )


def test_mean_of_a_single_value():
    assert math.isclose(mean([-7.25]), -7.25), f"the mean of one value is that value, got {mean([-7.25])}"


def test_agrees_with_statistics_on_other_random_data():
    rng = random.Random(7)
    for n in (2, 9, 300):
        xs = [rng.uniform(-50, 50) for _ in range(n)]
        assert math.isclose(mean(xs), statistics.mean(xs), rel_tol=1e-12, abs_tol=1e-12), (
            f"mean differs from statistics.mean for {n} values"
        )
        got, want = sample_variance(xs), statistics.variance(xs)
        assert math.isclose(got, want, rel_tol=1e-9), f"expected {want} for {n} values, got {got}"


def test_another_large_offset_keeps_its_digits():
    xs = [1e10 + d for d in (0.5, 1.5, 2.5, 3.5, 4.5)]
    got = sample_variance(xs)
    assert math.isclose(got, 2.5, rel_tol=1e-9), (
        f"deviations -2, -1, 0, 1, 2 give 10 / 4 = 2.5, got {got}; subtract the mean before squaring"
    )


def test_sample_variance_of_empty_list_raises_value_error():
    try:
        sample_variance([])
    except ValueError:
        return
    raise AssertionError("expected ValueError for the sample variance of an empty list")
