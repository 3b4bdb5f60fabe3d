# Hidden tests: other customers and orders, zero-amount orders, only unknown customers, a
# non-default customers index and another random table, so answers fitted to the visible data fail.
import random

import pandas as pd

from pandas_merge_orders import customer_totals

COLUMNS = ["customer_id", "name", "n_orders", "total"]


def check(customers, orders, counts, totals) -> None:
    got = customer_totals(customers, orders)
    ids = list(customers["customer_id"])
    assert list(got.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(got.columns)}"
    assert list(got.index) == list(range(len(ids))), (
        f"expected a fresh index 0..{len(ids) - 1}, got {list(got.index)}"
    )
    assert list(got["customer_id"]) == ids, f"expected customers {ids} in order, got {list(got['customer_id'])}"
    assert list(got["name"]) == list(customers["name"]), f"names should follow customers, got {list(got['name'])}"
    assert got["n_orders"].dtype.kind == "i", f"n_orders should be integers, got {got['n_orders'].dtype}"
    assert got["total"].dtype.kind == "f", f"total should be floats, got {got['total'].dtype}"
    assert list(got["n_orders"]) == counts, f"expected n_orders {counts}, got {list(got['n_orders'])}"
    values = list(got["total"])
    assert len(values) == len(totals) and all(abs(a - b) < 1e-6 for a, b in zip(values, totals)), (
        f"expected totals {totals}, got {values}"
    )


def test_zero_amount_orders_still_count():
    customers = pd.DataFrame({"customer_id": [42, 8, 15], "name": ["Zoe", "Yan", "Xia"]})
    orders = pd.DataFrame({
        "order_id": [1, 2, 3, 4],
        "customer_id": [8, 8, 15, 8],
        "amount": [0.0, 4.25, 0.0, 1.5],
    })
    check(customers, orders, [0, 3, 1], [0.0, 5.75, 0.0])


def test_orders_only_from_unknown_customers():
    customers = pd.DataFrame({"customer_id": [1, 2], "name": ["Ana", "Ben"]})
    orders = pd.DataFrame({"order_id": [5, 6], "customer_id": [3, 4], "amount": [10.0, 20.0]})
    check(customers, orders, [0, 0], [0.0, 0.0])


def test_non_default_customers_index_and_unchanged_inputs():
    customers = pd.DataFrame(
        {"customer_id": [3, 1, 2], "name": ["Cy", "Al", "Bo"]}, index=[100, 50, 75]
    )
    orders = pd.DataFrame(
        {"order_id": [7, 8, 9], "customer_id": [2, 3, 2], "amount": [2.5, 9.0, 0.5]},
        index=[5, 3, 1],
    )
    c_before, o_before = customers.copy(), orders.copy()
    check(customers, orders, [1, 0, 2], [9.0, 0.0, 3.0])
    assert customers.equals(c_before) and orders.equals(o_before), "the inputs must be unchanged"


def test_single_customer_with_many_orders():
    customers = pd.DataFrame({"customer_id": [-1], "name": ["Neg"]})
    orders = pd.DataFrame({
        "order_id": range(10),
        "customer_id": [-1] * 10,
        "amount": [float(i) for i in range(10)],
    })
    check(customers, orders, [10], [45.0])


def test_another_random_table_matches_a_loop():
    rng = random.Random(17)
    ids = rng.sample(range(1000, 1100), 25)
    customers = pd.DataFrame({"customer_id": ids, "name": [f"n{i}" for i in ids]})
    orders = pd.DataFrame({
        "order_id": range(150),
        "customer_id": [rng.choice(ids) if rng.random() < 0.8 else rng.randint(1, 99)
                        for _ in range(150)],
        "amount": [round(rng.uniform(0, 60), 2) for _ in range(150)],
    })
    counts = {i: 0 for i in ids}
    totals = {i: 0.0 for i in ids}
    for cid, amount in zip(orders["customer_id"], orders["amount"]):
        if cid in counts:
            counts[cid] += 1
            totals[cid] += amount
    check(customers, orders, [counts[i] for i in ids], [totals[i] for i in ids])
