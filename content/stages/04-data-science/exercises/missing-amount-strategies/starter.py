import pandas as pd


def handle_missing_amounts(orders: pd.DataFrame, strategy: str) -> pd.DataFrame:
    """Return a copy of orders with the missing amounts dropped or filled.

    strategy: "drop" (remove those rows, fresh index), "median" (overall
    median) or "product_median" (median of the same product, falling back to
    the overall median). Filling adds the bool column amount_missing.
    Any other strategy raises ValueError.
    """
    if strategy == "drop":
        return orders.dropna(subset=["amount"]).reset_index(drop=True)
    raise NotImplementedError("fill the gaps and add the amount_missing indicator")
