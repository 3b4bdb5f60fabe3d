# Hidden tests: other data, bin counts and ranges - counts checked against a brute-force scan of
# the edge formula, values sitting exactly on the edges of many bin counts, negative ranges.
import math
import random

from histogram_bins import histogram


def reference(values, bins, lo, hi):
    edges = [lo + i * (hi - lo) / bins for i in range(bins + 1)]
    edges[-1] = hi
    counts = [0] * bins
    for x in values:
        for i in range(bins):
            last = i == bins - 1
            if edges[i] <= x < edges[i + 1] or (last and x == edges[i + 1]):
                counts[i] += 1
                break
    return counts, edges


def test_random_data_with_and_without_a_range():
    rng = random.Random(42)
    for bins in (1, 3, 8, 17):
        values = [rng.uniform(-30, 70) for _ in range(200)] + [rng.randint(-5, 5) for _ in range(50)]
        counts, edges = histogram(values, bins)
        want_counts, want_edges = reference(values, bins, min(values), max(values))
        assert counts == want_counts, f"bins={bins}, no range: expected {want_counts}, got {counts}"
        assert len(edges) == bins + 1 and all(
            math.isclose(a, b, abs_tol=1e-12) for a, b in zip(edges, want_edges)
        ), f"bins={bins}: expected edges {want_edges}, got {edges}"
        counts, _ = histogram(values, bins, value_range=(-10, 25))
        want_counts, _ = reference(values, bins, -10, 25)
        assert counts == want_counts, (
            f"bins={bins}, range (-10, 25): expected {want_counts}, got {counts}"
        )


def test_values_on_the_edges_of_many_bin_counts():
    for bins in (3, 5, 7, 20):
        values = [i / bins for i in range(bins + 1)]  # exactly the edges of [0, 1]
        counts, edges = histogram(values, bins)
        want = [1] * (bins - 1) + [2]
        assert counts == want, (
            f"with {bins} bins over [0, 1] each edge value i/{bins} starts its own bin and 1.0 joins "
            f"the last: expected {want}, got {counts}. Compare with the edges, do not divide by the width"
        )
        assert all(edges[i] == i / bins for i in range(bins + 1)), (
            f"edge i should be 0 + i * 1 / {bins}, got {edges}"
        )


def test_negative_range_and_both_ends():
    counts, edges = histogram([-6, -4.5, -3, -1.5, 0, 0.1, -6.1], bins=4, value_range=(-6, 0))
    assert edges == [-6.0, -4.5, -3.0, -1.5, 0.0], f"expected edges [-6, -4.5, -3, -1.5, 0], got {edges}"
    assert counts == [1, 1, 1, 2], (
        "lo -6 opens the first bin, each inner edge opens the next, 0 = hi joins the last, and "
        f"-6.1 and 0.1 are outside: expected [1, 1, 1, 2], got {counts}"
    )
    counts, _ = histogram([2, 9, 5], bins=1)
    assert counts == [3], f"one bin holds every value from min to max, expected [3], got {counts}"


def test_identical_values_with_three_bins():
    counts, edges = histogram([-2, -2], bins=3)
    want_edges = [-2.5 + i / 3 for i in range(4)]
    assert all(math.isclose(a, b) for a, b in zip(edges, want_edges)) and len(edges) == 4, (
        f"with every value -2 the range is [-2.5, -1.5]: expected edges {want_edges}, got {edges}"
    )
    assert counts == [0, 2, 0], f"-2 lies in the middle bin, expected [0, 2, 0], got {counts}"


def test_other_invalid_arguments_raise_value_error():
    cases = [
        (([1, 2], -2), "bins = -2"),
        (([1, 2], 2, (3.0, 2.999)), "range (3.0, 2.999) is reversed"),
        (([], 1), "no values and no range, even with one bin"),
    ]
    for args, why in cases:
        try:
            histogram(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
