import pandas as pd


def region_summary(sales: pd.DataFrame) -> pd.DataFrame:
    """Return one row per region with its total revenue and mean units per sale.

    sales has columns region, product, units and price. The result has the
    columns region, revenue (sum of units * price) and mean_units (mean of
    units), sorted by revenue descending then region ascending, with a fresh
    0..k-1 index. sales itself is not modified.
    """
    return (
        # assign returns a new DataFrame, so the caller's `sales` keeps its columns.
        # Revenue is computed per row: sum(units * price) != sum(units) * sum(price).
        sales.assign(revenue=sales["units"] * sales["price"])
        # as_index=False keeps region as a column instead of moving it to the index.
        .groupby("region", as_index=False)
        # Named aggregation: output column = (input column, function).
        .agg(revenue=("revenue", "sum"), mean_units=("units", "mean"))
        # Two sort keys: revenue high to low, and region A to Z for ties.
        .sort_values(["revenue", "region"], ascending=[False, True])
        .reset_index(drop=True)
    )
