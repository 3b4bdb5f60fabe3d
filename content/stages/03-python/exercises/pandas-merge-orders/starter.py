import pandas as pd


def customer_totals(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    """One row per customer with their number of orders and total amount.

    Columns: customer_id, name, n_orders (int), total (float). Every customer
    is kept, in the order of customers, with a fresh 0..n-1 index; customers
    without orders get 0 and 0.0. Neither input is modified.
    """
    raise NotImplementedError("aggregate the orders per customer, then left-merge onto customers")
