import math
import random

import pandas as pd

from pandas_groupby_summary import region_summary


def all_close(got, expected, tol: float = 1e-9) -> bool:
    got = list(got)
    return len(got) == len(expected) and all(
        math.isclose(a, b, rel_tol=tol, abs_tol=tol) for a, b in zip(got, expected)
    )


def small_sales() -> pd.DataFrame:
    return pd.DataFrame({
        "region": ["north", "north", "south", "east"],
        "product": ["a", "b", "a", "b"],
        "units": [2, 1, 4, 3],
        "price": [10.0, 5.0, 10.0, 2.0],
    })


def test_worked_example_values():
    got = region_summary(small_sales())
    assert list(got["region"]) == ["south", "north", "east"], (
        f"expected regions ordered by revenue: south, north, east; got {list(got['region'])}"
    )
    assert all_close(got["revenue"], [40.0, 25.0, 6.0]), (
        f"expected revenue [40, 25, 6] (north = 2*10 + 1*5), got {list(got['revenue'])}"
    )
    assert all_close(got["mean_units"], [4.0, 1.5, 3.0]), (
        f"expected mean_units [4, 1.5, 3], got {list(got['mean_units'])}"
    )


def test_columns_and_fresh_index():
    got = region_summary(small_sales())
    assert list(got.columns) == ["region", "revenue", "mean_units"], (
        f"expected columns ['region', 'revenue', 'mean_units'], got {list(got.columns)}; "
        "region should be a column, not the index"
    )
    assert list(got.index) == [0, 1, 2], (
        f"expected a fresh index 0, 1, 2 after sorting, got {list(got.index)}"
    )


def test_revenue_is_summed_per_row():
    sales = pd.DataFrame({"region": ["r", "r"], "product": ["a", "b"],
                          "units": [1, 3], "price": [10.0, 2.0]})
    got = region_summary(sales)["revenue"].iloc[0]
    assert abs(got - 16.0) < 1e-9, (
        f"expected 1*10 + 3*2 = 16, got {got}; multiply units by price on each row before summing"
    )


def test_ties_in_revenue_are_ordered_by_region():
    sales = pd.DataFrame({"region": ["west", "east", "mid"], "product": ["a", "a", "a"],
                          "units": [1, 2, 1], "price": [10.0, 5.0, 99.0]})
    got = list(region_summary(sales)["region"])
    assert got == ["mid", "east", "west"], (
        "expected ['mid', 'east', 'west']: "
        f"east and west both have revenue 10, so alphabetical; got {got}"
    )


def test_does_not_modify_the_input():
    sales = small_sales()
    before = sales.copy()
    region_summary(sales)
    assert list(sales.columns) == list(before.columns), (
        f"the input gained or lost columns: {list(sales.columns)}; "
        "use assign instead of sales[...] = ..."
    )
    assert sales.equals(before), "the input DataFrame's values changed"


def test_matches_a_loop_on_larger_data():
    rng = random.Random(0)
    n = 300
    sales = pd.DataFrame({
        "region": [rng.choice(["north", "south", "east", "west", "central"]) for _ in range(n)],
        "product": [rng.choice(["a", "b", "c"]) for _ in range(n)],
        "units": [rng.randint(1, 20) for _ in range(n)],
        "price": [round(rng.uniform(1, 50), 2) for _ in range(n)],
    })
    totals: dict[str, float] = {}
    units: dict[str, list[int]] = {}
    for region, u, p in zip(sales["region"], sales["units"], sales["price"]):
        totals[region] = totals.get(region, 0.0) + u * p
        units.setdefault(region, []).append(u)
    expected_order = sorted(totals, key=lambda r: (-totals[r], r))

    got = region_summary(sales)
    assert list(got["region"]) == expected_order, (
        f"expected order {expected_order}, got {list(got['region'])}"
    )
    assert all_close(got["revenue"], [totals[r] for r in expected_order]), (
        "revenue totals differ from a loop"
    )
    assert all_close(got["mean_units"], [sum(units[r]) / len(units[r]) for r in expected_order]), (
        "mean units differ from a loop"
    )
