import math
import random

from histogram_bins import histogram


def test_worked_example_counts_and_edges():
    counts, edges = histogram([1, 2, 2, 3, 4, 5], bins=4)
    assert counts == [1, 2, 1, 2], f"expected counts [1, 2, 1, 2], got {counts}"
    assert len(edges) == 5 and all(math.isclose(a, b) for a, b in zip(edges, [1, 2, 3, 4, 5])), (
        f"expected 5 edges [1.0, 2.0, 3.0, 4.0, 5.0], got {edges}"
    )


def test_maximum_goes_in_the_last_bin():
    counts, _ = histogram([0, 10], bins=5)
    assert counts == [1, 0, 0, 0, 1], (
        "the last bin is closed, so the maximum 10 counts there: expected [1, 0, 0, 0, 1], got "
        f"{counts}"
    )


def test_value_on_an_inner_edge_goes_to_the_bin_on_its_right():
    values = [i / 10 for i in range(11)]  # 0.0, 0.1, ..., 1.0
    counts, edges = histogram(values, bins=10)
    assert edges[3] == 0.3, (
        f"edge 3 should be 0 + 3 * (1 - 0) / 10 = 0.3 exactly, got {edges[3]!r}; multiply by i "
        "before dividing by bins"
    )
    assert counts == [1] * 9 + [2], (
        "each of 0.0 ... 0.9 starts its own bin and 1.0 joins the last one: expected [1, 1, 1, 1, "
        f"1, 1, 1, 1, 1, 2], got {counts}. If 0.3 landed in bin 2, compare values with the edges "
        "instead of dividing by the width (0.3 / 0.1 = 2.9999999999999996)"
    )


def test_explicit_range_ignores_values_outside_it():
    counts, edges = histogram([-1, 0, 5, 10, 11], bins=2, value_range=(0, 10))
    assert counts == [1, 2], (
        "with range (0, 10) the bins are [0, 5) and [5, 10]; -1 and 11 are ignored: expected [1, "
        f"2], got {counts}"
    )
    assert edges == [0.0, 5.0, 10.0], f"expected edges [0.0, 5.0, 10.0], got {edges}"


def test_identical_values_use_a_unit_range_around_them():
    counts, edges = histogram([3, 3, 3], bins=2)
    assert edges == [2.5, 3.0, 3.5], (
        f"with every value 3 the range is [2.5, 3.5]; got edges {edges}"
    )
    assert counts == [0, 3], f"3 sits on the inner edge, so it goes in the second bin: got {counts}"


def test_counts_add_up_to_the_values_in_range():
    rng = random.Random(0)
    values = [rng.gauss(0, 1) for _ in range(1000)]
    counts, edges = histogram(values, bins=12)
    assert sum(counts) == 1000, (
        f"every value lies in [min, max], so the counts should add to 1000, got {sum(counts)}"
    )
    assert edges[0] == min(values) and edges[-1] == max(values), (
        "edges should start at min and end at max"
    )
    for i, count in enumerate(counts):
        left, right = edges[i], edges[i + 1]
        inside = sum(left <= v < right or (i == 11 and v == right) for v in values)
        assert count == inside, (
            f"bin {i} [{left:.3f}, {right:.3f}) holds {inside} values, you counted {count}"
        )


def test_empty_values_with_a_range_give_zero_counts():
    counts, edges = histogram([], bins=3, value_range=(0, 3))
    assert counts == [0, 0, 0] and edges == [0.0, 1.0, 2.0, 3.0], (
        f"got counts {counts}, edges {edges}"
    )


def test_invalid_arguments_raise_value_error():
    cases = [
        (([1, 2], 0), "bins = 0"),
        (([1, 2], 3, (5, 5)), "range (5, 5) is empty"),
        (([1, 2], 3, (5, 1)), "range (5, 1) is reversed"),
        (([], 3), "no values and no range"),
    ]
    for args, why in cases:
        try:
            histogram(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
