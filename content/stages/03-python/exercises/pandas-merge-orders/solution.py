import pandas as pd


def customer_totals(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    """One row per customer with their number of orders and total amount.

    Columns: customer_id, name, n_orders (int), total (float). Every customer
    is kept, in the order of customers, with a fresh 0..n-1 index; customers
    without orders get 0 and 0.0. Neither input is modified.
    """
    # Summarise first, so the merge is one-to-one: one row per customer on each side.
    per_customer = orders.groupby("customer_id", as_index=False).agg(
        n_orders=("order_id", "count"), total=("amount", "sum")
    )
    merged = customers[["customer_id", "name"]].merge(per_customer, on="customer_id", how="left")
    # The left join gives NaN where a customer has no orders. A count of NaN
    # made n_orders a float column, so cast it back after filling.
    merged = merged.fillna({"n_orders": 0, "total": 0.0})
    merged["n_orders"] = merged["n_orders"].astype(int)
    merged["total"] = merged["total"].astype(float)
    return merged.reset_index(drop=True)
