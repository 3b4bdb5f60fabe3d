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
    if strategy not in ("median", "product_median"):
        raise ValueError(f"unknown strategy {strategy!r}: use drop, median or product_median")

    result = orders.copy()
    # Record the gaps first: after filling, nothing shows which values were invented.
    result["amount_missing"] = result["amount"].isna()
    overall = result["amount"].median()  # median skips NaN

    filled = result["amount"]
    if strategy == "product_median":
        # transform returns one value per row (its product's median), aligned on the index.
        per_product = result.groupby("product", observed=True)["amount"].transform("median")
        filled = filled.fillna(per_product)
    # Whatever is still missing (median, or a product with no known amount) gets the overall median.
    result["amount"] = filled.fillna(overall)
    return result
