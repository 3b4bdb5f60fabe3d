# Hidden tests: other regions and prices, three-way revenue ties, a single region, a non-default
# input index and another random table checked against a loop, so a fitted answer fails.
import math
import random

import pandas as pd

from pandas_groupby_summary import region_summary

COLUMNS = ["region", "revenue", "mean_units"]


def loop_summary(sales: pd.DataFrame):
    totals, units = {}, {}
    for region, u, p in zip(sales["region"], sales["units"], sales["price"]):
        totals[region] = totals.get(region, 0.0) + u * p
        units.setdefault(region, []).append(u)
    order = sorted(totals, key=lambda r: (-totals[r], r))
    return order, [totals[r] for r in order], [sum(units[r]) / len(units[r]) for r in order]


def check(sales: pd.DataFrame) -> None:
    got = region_summary(sales)
    order, revenue, mean_units = loop_summary(sales)
    assert list(got.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(got.columns)}"
    assert list(got.index) == list(range(len(order))), (
        f"expected a fresh index 0..{len(order) - 1}, got {list(got.index)}"
    )
    assert list(got["region"]) == order, f"expected regions {order}, got {list(got['region'])}"
    for name, want in (("revenue", revenue), ("mean_units", mean_units)):
        values = list(got[name])
        assert len(values) == len(want) and all(
            math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9) for a, b in zip(values, want)
        ), f"expected {name} {want}, got {values}"


def test_other_table_with_fractional_means():
    check(pd.DataFrame({
        "region": ["alpha", "beta", "alpha", "gamma", "beta", "alpha"],
        "product": ["x", "y", "z", "x", "x", "y"],
        "units": [1, 7, 2, 5, 2, 4],
        "price": [3.5, 1.25, 10.0, 0.5, 8.0, 2.0],
    }))


def test_three_way_tie_is_alphabetical():
    sales = pd.DataFrame({
        "region": ["zulu", "mike", "alpha", "kilo", "mike"],
        "product": ["a", "a", "b", "b", "c"],
        "units": [4, 1, 2, 30, 3],
        "price": [5.0, 8.0, 10.0, 1.0, 4.0],
    })
    got = list(region_summary(sales)["region"])
    assert got == ["kilo", "alpha", "mike", "zulu"], (
        f"kilo has 30; alpha, mike and zulu all have 20, so expected "
        f"['kilo', 'alpha', 'mike', 'zulu'], got {got}"
    )


def test_single_region_and_single_sale():
    check(pd.DataFrame({"region": ["solo"], "product": ["p"], "units": [6], "price": [2.75]}))


def test_non_default_input_index_gives_a_fresh_index():
    sales = pd.DataFrame(
        {"region": ["b", "a", "b"], "product": ["p", "q", "r"],
         "units": [1, 2, 3], "price": [1.0, 1.0, 1.0]},
        index=[40, 7, 19],
    )
    before = sales.copy()
    check(sales)
    assert sales.equals(before) and list(sales.columns) == list(before.columns), (
        "the input DataFrame changed; build a new frame instead of adding columns to it"
    )


def test_another_random_table_matches_a_loop():
    rng = random.Random(99)
    n = 200
    check(pd.DataFrame({
        "region": [rng.choice(["r1", "r2", "r3", "r4", "r5", "r6", "r7"]) for _ in range(n)],
        "product": [rng.choice(["a", "b"]) for _ in range(n)],
        "units": [rng.randint(1, 9) for _ in range(n)],
        "price": [round(rng.uniform(0.5, 20), 2) for _ in range(n)],
    }))
