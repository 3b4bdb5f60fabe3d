import math

from iqr_outliers import iqr_outliers, quartiles


def test_quartiles_on_whole_positions_are_data_values():
    q1, q3 = quartiles([34, 29, 41, 230, 38])
    assert math.isclose(q1, 34) and math.isclose(q3, 41), (
        "sorted 29, 34, 38, 41, 230 has Q1 at position 1 (34) and Q3 at position 3 (41), got "
        f"({q1}, {q3})"
    )


def test_quartiles_interpolate_between_neighbours():
    q1, q3 = quartiles([4, 1, 3, 2])
    assert math.isclose(q1, 1.75) and math.isclose(q3, 3.25), (
        f"for 1, 2, 3, 4: Q1 is at position 0.75 (1.75) and Q3 at 2.25 (3.25), got ({q1}, {q3})"
    )


def test_removes_the_impossible_age():
    kept, removed = iqr_outliers([34, 29, 41, 230, 38])
    assert removed == [230], (
        f"230 is above the upper fence 51.5, expected removed [230], got {removed}"
    )
    assert kept == [34, 29, 41, 38], (
        f"kept values should stay in input order, expected [34, 29, 41, 38], got {kept}"
    )


def test_removes_outliers_on_both_sides():
    values = [-50, 10, 11, 12, 13, 14, 15, 90]
    kept, removed = iqr_outliers(values)
    # Q1 = 10.75, Q3 = 14.25, IQR = 3.5, fences 5.5 and 19.5
    assert removed == [-50, 90], (
        f"expected both -50 and 90 removed (fences 5.5 and 19.5), got {removed}"
    )
    assert kept == [10, 11, 12, 13, 14, 15], f"expected 10..15 kept, got {kept}"


def test_value_exactly_on_a_fence_is_kept():
    kept, removed = iqr_outliers([-1, 2, 3, 4, 7], k=1.5)
    # Q1 = 2, Q3 = 4, IQR = 2: the fences are exactly -1 and 7
    assert removed == [], (
        "-1 and 7 sit exactly on the fences; the rule uses strict < and >, so nothing should be "
        f"removed, got {removed}"
    )
    assert kept == [-1, 2, 3, 4, 7], f"expected every value kept, got {kept}"


def test_k_controls_how_far_the_fences_are():
    kept, removed = iqr_outliers([34, 29, 41, 230, 38], k=0)
    assert removed == [29, 230], (
        f"with k = 0 the fences are Q1 = 34 and Q3 = 41, so 29 and 230 fall outside, got {removed}"
    )
    kept, removed = iqr_outliers([34, 29, 41, 230, 38], k=30)
    assert removed == [], (
        f"with k = 30 the upper fence is 251, so nothing is removed, got {removed}"
    )


def test_zero_iqr_keeps_equal_values_and_removes_any_other():
    assert iqr_outliers([7.0]) == ([7.0], []), "a single value is never an outlier of itself"
    kept, removed = iqr_outliers([5, 5, 5, 5, 6])
    assert removed == [6], (
        "with Q1 = Q3 = 5 the IQR is 0, so the fences are both 5 and the 6 is removed, got "
        f"{removed}"
    )


def test_input_is_not_modified():
    values = [9, 1, 5, 100, 3]
    iqr_outliers(values)
    assert values == [9, 1, 5, 100, 3], f"the input list was changed (sorted in place?) to {values}"


def test_empty_input_or_negative_k_raise_value_error():
    cases = [(([],), "an empty list has no quartiles"), (([1, 2, 3], -1), "k = -1 is negative")]
    for args, why in cases:
        try:
            iqr_outliers(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")
