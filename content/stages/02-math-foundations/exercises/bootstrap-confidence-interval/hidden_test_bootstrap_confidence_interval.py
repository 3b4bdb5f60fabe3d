# Hidden tests: other data (negative, integer, two values), other seeds, B and confidence levels,
# each checked against the README's procedure written out here, plus B = 1 and more invalid input.
import math
import random

from bootstrap_confidence_interval import bootstrap_ci


def described_interval(data, n_resamples, confidence, seed):
    """The README's recipe, step by step: one generator, choices(), sorted means, interpolation."""
    rng = random.Random(seed)
    n = len(data)
    means = []
    for _ in range(n_resamples):
        resample = rng.choices(data, k=n)
        means.append(math.fsum(resample) / n)
    means.sort()

    def quantile(q):
        h = q * (len(means) - 1)
        i = int(h)
        if i >= len(means) - 1:
            return means[-1]
        return means[i] + (h - i) * (means[i + 1] - means[i])

    alpha = 1 - confidence
    return quantile(alpha / 2), quantile(1 - alpha / 2)


def close_pair(a, b, tol=1e-9):
    return len(a) == 2 and all(math.isclose(x, y, rel_tol=tol, abs_tol=tol) for x, y in zip(a, b))


def test_other_data_seeds_and_confidence_levels():
    rng = random.Random(2024)
    negative = [round(rng.uniform(-40, -5), 3) for _ in range(13)]
    integers = [3, 17, 8, 8, 25, 1, 12]
    for data, b, conf, seed in [
        (negative, 257, 0.8, 123),
        (integers, 640, 0.99, 9),
        (integers, 1000, 0.5, 31),
        ([0.5, 2.5], 99, 0.95, 4),
    ]:
        got = bootstrap_ci(data, n_resamples=b, confidence=conf, seed=seed)
        want = described_interval(data, b, conf, seed)
        assert close_pair(tuple(got), want), (
            f"for {len(data)} values, {b} resamples, confidence {conf}, seed {seed} "
            f"expected {want}, got {got}"
        )


def test_default_arguments_are_1000_resamples_95_percent_seed_0():
    data = [12.0, 15.5, 9.25, 20.0, 11.0, 14.0]
    got = bootstrap_ci(data)
    want = described_interval(data, 1000, 0.95, 0)
    assert close_pair(tuple(got), want), f"with the defaults expected {want}, got {got}"


def test_one_resample_gives_a_zero_width_interval_at_its_mean():
    data = [4.0, -1.0, 7.5, 2.0, 10.0]
    rng = random.Random(77)
    only_mean = sum(rng.choices(data, k=len(data))) / len(data)
    got = bootstrap_ci(data, n_resamples=1, seed=77)
    assert close_pair(tuple(got), (only_mean, only_mean)), (
        f"with B = 1 there is a single resample mean, {only_mean}, and both bounds are it; got {got}"
    )


def test_nested_intervals_within_the_data_for_another_seed():
    data = [-3.0, 0.0, 2.5, -7.25, 4.0, 1.0, -1.5, 9.0, 0.5]
    lo80, hi80 = bootstrap_ci(data, n_resamples=500, confidence=0.8, seed=21)
    lo98, hi98 = bootstrap_ci(data, n_resamples=500, confidence=0.98, seed=21)
    assert min(data) <= lo98 <= lo80 <= hi80 <= hi98 <= max(data), (
        f"expected min <= 98% lower <= 80% lower <= 80% upper <= 98% upper <= max, "
        f"got 80%: ({lo80}, {hi80}), 98%: ({lo98}, {hi98})"
    )


def test_constant_negative_data_and_input_left_alone():
    data = [-2.25, -2.25, -2.25]
    got = bootstrap_ci(data, n_resamples=40, seed=8)
    assert close_pair(tuple(got), (-2.25, -2.25)), f"expected (-2.25, -2.25), got {got}"
    assert data == [-2.25, -2.25, -2.25], f"data must not change, got {data}"


def test_more_invalid_inputs_raise_value_error():
    cases = [
        ("n_resamples = -5", ([1.0, 2.0, 3.0], -5, 0.9)),
        ("confidence = -0.2", ([1.0, 2.0, 3.0], 10, -0.2)),
        ("confidence = 1.2", ([1.0, 2.0, 3.0], 10, 1.2)),
        ("empty data with valid settings", ([], 500, 0.5)),
    ]
    for what, (data, b, conf) in cases:
        try:
            bootstrap_ci(data, n_resamples=b, confidence=conf)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
