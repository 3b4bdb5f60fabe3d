import pandas as pd


def region_summary(sales: pd.DataFrame) -> pd.DataFrame:
    """Return one row per region with its total revenue and mean units per sale.

    sales has columns region, product, units and price. The result has the
    columns region, revenue (sum of units * price) and mean_units (mean of
    units), sorted by revenue descending then region ascending, with a fresh
    0..k-1 index. sales itself is not modified.
    """
    raise NotImplementedError("row revenue first, then groupby region and aggregate")
