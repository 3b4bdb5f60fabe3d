import pandas as pd

from parse_messy_orders import load_orders

PATH = "bike-shop-orders.csv"


def row(orders: pd.DataFrame, order_id: str) -> pd.Series:
    return orders[orders["order_id"] == order_id].iloc[0]


def test_keeps_every_row_and_column_in_order():
    orders = load_orders(PATH)
    assert list(orders.columns) == ["order_id", "order_date", "store", "product", "quantity", "amount"]
    assert len(orders) == 324, f"the file has 324 data rows (duplicates included), got {len(orders)}"
    assert orders["order_id"].iloc[0] == "O-1001" and orders["order_id"].iloc[-1] == "O-1300"


def test_column_dtypes():
    orders = load_orders(PATH)
    assert pd.api.types.is_datetime64_dtype(orders["order_date"]), (
        f"order_date should be a datetime64 column, got {orders['order_date'].dtype}"
    )
    assert str(orders["quantity"].dtype) == "Int64", (
        f"quantity should be the nullable Int64 (it has gaps), got {orders['quantity'].dtype}"
    )
    assert str(orders["amount"].dtype) == "float64", (
        f"amount should be float64, got {orders['amount'].dtype}; are the commas and missing markers handled?"
    )


def test_slashed_dates_are_day_first():
    orders = load_orders(PATH)
    got = row(orders, "O-1002")["order_date"]
    assert got == pd.Timestamp("2024-01-03"), (
        f"03/01/2024 is 3 January (DD/MM/YYYY), got {got}; a month-first parse gives 1 March"
    )
    assert row(orders, "O-1014")["order_date"] == pd.Timestamp("2024-01-18")


def test_all_three_date_formats_parse():
    orders = load_orders(PATH)
    assert row(orders, "O-1001")["order_date"] == pd.Timestamp("2024-01-03"), '"January 3, 2024"'
    assert row(orders, "O-1003")["order_date"] == pd.Timestamp("2024-01-05"), '"2024-01-05"'
    n_missing = int(orders["order_date"].isna().sum())
    assert n_missing == 11, (
        f"exactly 11 rows have no date (empty or 'unknown'), but {n_missing} dates are NaT: "
        "some format was not parsed"
    )
    assert orders["order_date"].dt.year.dropna().eq(2024).all(), "every order is from 2024"


def test_thousands_separators_are_removed():
    orders = load_orders(PATH)
    assert orders["amount"].max() == 3372.3, (
        f"the largest amount is 3,372.30, got {orders['amount'].max()}"
    )
    assert abs(orders["amount"].sum() - 100005.49) < 0.01, (
        f"amounts add up to 100005.49 over all 324 rows, got {orders['amount'].sum():.2f}"
    )


def test_every_missing_marker_becomes_missing():
    orders = load_orders(PATH)
    assert int(orders["amount"].isna().sum()) == 36, (
        f"36 amounts are empty, NA, - or unknown; got {int(orders['amount'].isna().sum())} missing"
    )
    assert int(orders["quantity"].isna().sum()) == 20, (
        f"20 quantities are missing; got {int(orders['quantity'].isna().sum())}"
    )
    assert pd.isna(row(orders, "O-1017")["amount"]), 'O-1017 has amount "-", which means missing'


def test_store_and_product_are_left_as_written():
    orders = load_orders(PATH)
    assert row(orders, "O-1004")["store"] == " SEATTLE", "store text is cleaned in the next exercise, not here"
    assert row(orders, "O-1001")["product"] == "helmet "
