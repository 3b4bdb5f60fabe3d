import random

import pandas as pd

from pandas_merge_orders import customer_totals

COLUMNS = ["customer_id", "name", "n_orders", "total"]


def small_customers() -> pd.DataFrame:
    return pd.DataFrame({"customer_id": [1, 2, 3], "name": ["Ana", "Ben", "Cleo"]})


def small_orders() -> pd.DataFrame:
    return pd.DataFrame({
        "order_id": [10, 11, 12, 13],
        "customer_id": [1, 3, 1, 9],
        "amount": [20.0, 5.5, 12.5, 99.0],
    })


def close_list(got, expected, tol=1e-9) -> bool:
    got = list(got)
    return len(got) == len(expected) and all(abs(a - b) < tol for a, b in zip(got, expected))


def test_worked_example():
    got = customer_totals(small_customers(), small_orders())
    assert list(got["name"]) == ["Ana", "Ben", "Cleo"], (
        f"expected one row per customer in the original order, got names {list(got['name'])}"
    )
    assert list(got["n_orders"]) == [2, 0, 1], (
        f"expected n_orders [2, 0, 1], got {list(got['n_orders'])}"
    )
    assert close_list(got["total"], [32.5, 0.0, 5.5]), (
        f"expected totals [32.5, 0.0, 5.5] (Ana: 20 + 12.5), got {list(got['total'])}"
    )


def test_columns_index_and_types():
    got = customer_totals(small_customers(), small_orders())
    assert list(got.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(got.columns)}"
    assert list(got.index) == [0, 1, 2], f"expected a fresh index 0, 1, 2, got {list(got.index)}"
    assert got["n_orders"].dtype.kind == "i", (
        f"n_orders should be an integer column, got {got['n_orders'].dtype}; "
        "the NaN from the left join made it float, so cast it back after fillna"
    )
    assert got["total"].dtype.kind == "f", (
        f"total should be a float column, got {got['total'].dtype}"
    )


def test_customer_without_orders_gets_zero_not_nan():
    got = customer_totals(small_customers(), small_orders())
    ben = got[got["name"] == "Ben"]
    assert len(ben) == 1, (
        f"Ben has no orders but must keep his row (left join); found {len(ben)} rows"
    )
    assert not got[["n_orders", "total"]].isna().any().any(), (
        "found NaN in n_orders or total; fill the missing values from the left join with 0"
    )
    assert ben["n_orders"].iloc[0] == 0 and ben["total"].iloc[0] == 0.0, (
        "expected 0 orders and 0.0 for Ben, "
        f"got {ben['n_orders'].iloc[0]} and {ben['total'].iloc[0]}"
    )


def test_orders_of_unknown_customers_are_ignored():
    got = customer_totals(small_customers(), small_orders())
    assert 9 not in set(got["customer_id"]), (
        "customer 9 is not in customers; a left join on customers must not add a row for them"
    )
    assert abs(got["total"].sum() - 38.0) < 1e-9, (
        "the known customers' orders add up to 38.0 (order 13 is ignored), "
        f"got {got['total'].sum()}"
    )


def test_many_orders_do_not_duplicate_customers():
    customers = pd.DataFrame({"customer_id": [7, 5], "name": ["Dee", "Eli"]})
    orders = pd.DataFrame({
        "order_id": list(range(100, 106)),
        "customer_id": [5, 7, 5, 5, 7, 5],
        "amount": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
    })
    got = customer_totals(customers, orders)
    assert list(got["customer_id"]) == [7, 5], (
        "expected exactly the rows [7, 5] in the order of customers, "
        f"got {list(got['customer_id'])}"
    )
    assert list(got["n_orders"]) == [2, 4] and close_list(got["total"], [7.0, 14.0]), (
        "expected n_orders [2, 4] and totals [7, 14], "
        f"got {list(got['n_orders'])} and {list(got['total'])}"
    )


def test_no_orders_at_all():
    orders = pd.DataFrame({
        "order_id": pd.Series([], dtype="int64"),
        "customer_id": pd.Series([], dtype="int64"),
        "amount": pd.Series([], dtype="float64"),
    })
    got = customer_totals(small_customers(), orders)
    assert list(got["n_orders"]) == [0, 0, 0] and close_list(got["total"], [0.0, 0.0, 0.0]), (
        "with no orders everyone has 0 orders and 0.0, "
        f"got {list(got['n_orders'])} and {list(got['total'])}"
    )


def test_inputs_are_not_modified():
    customers, orders = small_customers(), small_orders()
    c_before, o_before = customers.copy(), orders.copy()
    customer_totals(customers, orders)
    assert customers.equals(c_before), "customers must be unchanged"
    assert orders.equals(o_before), "orders must be unchanged"


def test_matches_a_loop_on_larger_data():
    rng = random.Random(0)
    ids = list(range(1, 41))
    rng.shuffle(ids)
    customers = pd.DataFrame({"customer_id": ids, "name": [f"c{i}" for i in ids]})
    orders = pd.DataFrame({
        "order_id": range(300),
        "customer_id": [rng.randint(1, 50) for _ in range(300)],  # 41-50 are unknown
        "amount": [round(rng.uniform(1, 100), 2) for _ in range(300)],
    })
    counts = {i: 0 for i in ids}
    totals = {i: 0.0 for i in ids}
    for cid, amount in zip(orders["customer_id"], orders["amount"]):
        if cid in counts:
            counts[cid] += 1
            totals[cid] += amount
    got = customer_totals(customers, orders)
    assert list(got["customer_id"]) == ids, "rows should follow the order of customers"
    assert list(got["n_orders"]) == [counts[i] for i in ids], "order counts differ from a loop"
    assert close_list(got["total"], [totals[i] for i in ids], 1e-6), "totals differ from a loop"
