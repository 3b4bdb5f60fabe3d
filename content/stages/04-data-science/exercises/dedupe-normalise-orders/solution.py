import pandas as pd

STORES = ["Boise", "Portland", "Seattle"]
# Every spelling we accept, after strip() and lower(): the name and the till's code.
STORE_SPELLINGS = {
    "seattle": "Seattle", "sea": "Seattle",
    "portland": "Portland", "pdx": "Portland",
    "boise": "Boise", "boi": "Boise",
}


def clean_orders(orders: pd.DataFrame) -> pd.DataFrame:
    """Normalise store and product, then keep one row per order_id.

    store: "Seattle", "Portland" or "Boise" (case and spaces ignored; SEA, PDX
    and BOI are codes), category dtype with those three categories;
    product: stripped, lower-cased, category dtype. The first row of each
    order is kept; the index is 0..n-1. An unknown store raises ValueError.
    """
    cleaned = orders.copy()  # never change the caller's frame

    key = cleaned["store"].str.strip().str.lower()
    store = key.map(STORE_SPELLINGS)
    unknown = store.isna()
    if unknown.any():
        raise ValueError(f"unknown store spellings: {sorted(cleaned.loc[unknown, 'store'].unique())}")
    # Fixed categories: the dtype says which stores exist, even in a subset of the rows.
    cleaned["store"] = pd.Categorical(store, categories=STORES)
    cleaned["product"] = cleaned["product"].str.strip().str.lower().astype("category")

    # Only now can re-typed copies be recognised: the order id says which rows are one order.
    cleaned = cleaned.drop_duplicates(subset="order_id", keep="first")
    return cleaned.reset_index(drop=True)
