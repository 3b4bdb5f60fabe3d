import math
import random

from bootstrap_confidence_interval import bootstrap_ci

TIMES = [102.0, 98.0, 110.0, 95.0, 105.0, 99.0, 120.0, 101.0]


def reference_ci(data, n_resamples, confidence, seed):
    """The procedure from the README, step by step."""
    rng = random.Random(seed)
    n = len(data)
    means = sorted(sum(rng.choices(data, k=n)) / n for _ in range(n_resamples))

    def q(p):
        h = p * (len(means) - 1)
        i = math.floor(h)
        upper = means[min(i + 1, len(means) - 1)]
        return means[i] + (h - i) * (upper - means[i])

    alpha = 1 - confidence
    return q(alpha / 2), q(1 - alpha / 2)


def close_pair(a, b, tol=1e-9) -> bool:
    return all(math.isclose(x, y, rel_tol=tol, abs_tol=tol) for x, y in zip(a, b))


def test_worked_example():
    got = bootstrap_ci(TIMES)
    assert close_pair(got, (99.125, 109.25)), (
        f"expected (99.125, 109.25) with 1000 resamples, 95% and seed 0, got {got}; "
        "check that you use one random.Random(0) and rng.choices(data, k=len(data))"
    )


def test_matches_the_described_procedure_for_other_settings():
    rng = random.Random(42)
    data = [round(rng.gauss(50, 10), 2) for _ in range(30)]
    got = bootstrap_ci(data, n_resamples=400, confidence=0.9, seed=7)
    expected = reference_ci(data, 400, 0.9, 7)
    assert close_pair(got, expected), (
        f"expected {expected} for 400 resamples, 90% and seed 7, got {got}; "
        "the quantiles interpolate linearly at position q * (B - 1)"
    )


def test_same_seed_reproduces_and_another_seed_differs():
    first, again = bootstrap_ci(TIMES, seed=3), bootstrap_ci(TIMES, seed=3)
    assert first == again, f"the same seed must give the same interval, got {first} and {again}"
    other = bootstrap_ci(TIMES, seed=1)
    assert close_pair(other, (99.125, 109.125)), (
        f"expected (99.125, 109.125) with seed 1, got {other}; is the seed passed to random.Random?"
    )


def test_interval_is_ordered_and_within_the_data():
    lower, upper = bootstrap_ci(TIMES, n_resamples=300, seed=5)
    assert min(TIMES) <= lower <= upper <= max(TIMES), (
        f"expected min(data) <= lower <= upper <= max(data), got ({lower}, {upper})"
    )
    mean = sum(TIMES) / len(TIMES)
    assert lower < mean < upper, f"the interval ({lower}, {upper}) should contain the mean {mean}"


def test_higher_confidence_gives_a_wider_nested_interval():
    lo90, hi90 = bootstrap_ci(TIMES, confidence=0.90, seed=11)
    lo99, hi99 = bootstrap_ci(TIMES, confidence=0.99, seed=11)
    assert lo99 <= lo90 and hi90 <= hi99, (
        f"with the same resamples the 99% interval ({lo99}, {hi99}) "
        f"should contain the 90% interval ({lo90}, {hi90})"
    )


def test_width_is_close_to_the_normal_approximation():
    rng = random.Random(0)
    data = [rng.gauss(0, 1) for _ in range(200)]
    lower, upper = bootstrap_ci(data, n_resamples=500, seed=0)
    mean = sum(data) / len(data)
    s = math.sqrt(sum((x - mean) ** 2 for x in data) / (len(data) - 1))
    textbook = 2 * 1.96 * s / math.sqrt(len(data))
    assert abs((upper - lower) - textbook) < 0.15 * textbook, (
        f"for 200 normal values the 95% width should be near 2·1.96·s/√n = {textbook:.3f}, "
        f"got {upper - lower:.3f}; are the resamples as large as the data?"
    )


def test_constant_data_gives_a_zero_width_interval():
    for data in ([4.5, 4.5, 4.5, 4.5], [7.0]):
        got = bootstrap_ci(data, n_resamples=50)
        assert close_pair(got, (data[0], data[0])), (
            f"every resample of {data} has mean {data[0]}, so expected ({data[0]}, {data[0]}), "
            f"got {got}"
        )


def test_data_is_not_modified():
    data = list(TIMES)
    bootstrap_ci(data, n_resamples=100)
    assert data == TIMES, f"data must keep its order and values, got {data}"


def test_invalid_inputs_raise_value_error():
    cases = [
        ("empty data", ([], 100, 0.95)),
        ("n_resamples = 0", ([1.0, 2.0], 0, 0.95)),
        ("confidence = 0", ([1.0, 2.0], 100, 0.0)),
        ("confidence = 1", ([1.0, 2.0], 100, 1.0)),
        ("confidence = 95 (a percentage)", ([1.0, 2.0], 100, 95)),
    ]
    for what, (data, b, conf) in cases:
        try:
            bootstrap_ci(data, n_resamples=b, confidence=conf)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
