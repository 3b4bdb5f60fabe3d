import pandas as pd

from missing_amount_strategies import handle_missing_amounts


def orders() -> pd.DataFrame:
    """The 300 orders with parsed amounts and clean product names."""
    raw = pd.read_csv(
        "bike-shop-orders.csv", dtype={"amount": "float64"}, thousands=",",
        na_values=["", "NA", "-", "unknown"], keep_default_na=False,
    )
    raw["product"] = raw["product"].str.strip().str.lower()
    return raw.drop_duplicates(subset="order_id").reset_index(drop=True)


def test_drop_removes_the_33_orders_without_amount():
    got = handle_missing_amounts(orders(), "drop")
    assert len(got) == 267, f"300 orders minus 33 without an amount is 267, got {len(got)}"
    assert list(got.index) == list(range(267)), "expected a fresh index 0..266"
    assert abs(got["amount"].sum() - 92725.85) < 0.01
    assert "amount_missing" not in got.columns


def test_overall_median_fill():
    got = handle_missing_amounts(orders(), "median")
    assert len(got) == 300 and not got["amount"].isna().any()
    assert abs(got["amount"].sum() - 96481.58) < 0.01, (
        f"33 gaps filled with the median 113.81 should total 96481.58, got {got['amount'].sum():.2f}"
    )


def test_product_median_fill():
    got = handle_missing_amounts(orders(), "product_median")
    assert abs(got["amount"].sum() - 101124.77) < 0.01, (
        f"filling each gap with its product's median should total 101124.77, got {got['amount'].sum():.2f}"
    )
    ebike_gap = got[(got["product"] == "e-bike") & got["amount_missing"]]
    assert len(ebike_gap) == 1 and ebike_gap["amount"].iloc[0] == 2399.0, (
        "the e-bike order without an amount should get the e-bike median, 2399.00"
    )


def test_indicator_marks_exactly_the_filled_rows():
    data = orders()
    for strategy in ("median", "product_median"):
        got = handle_missing_amounts(data, strategy)
        assert got["amount_missing"].dtype == bool, f"amount_missing should be bool, got {got['amount_missing'].dtype}"
        assert got["amount_missing"].equals(data["amount"].isna()), (
            f"{strategy}: amount_missing must be True exactly where amount was NaN before filling"
        )


def test_product_without_any_amount_falls_back_to_overall_median():
    data = pd.DataFrame({
        "product": ["lock", "lock", "lock", "e-bike", "e-bike", "bell"],
        "amount": [40.0, None, 44.0, 2399.0, None, None],
    })
    got = handle_missing_amounts(data, "product_median")
    assert list(got["amount"]) == [40.0, 42.0, 44.0, 2399.0, 2399.0, 44.0], (
        f"expected [40, 42, 44, 2399, 2399, 44] (the bell gets the overall median 44), got {list(got['amount'])}"
    )


def test_unknown_strategy_raises():
    try:
        handle_missing_amounts(orders(), "mean")
    except ValueError:
        return
    raise AssertionError("strategy 'mean' is not one of drop, median, product_median: expected ValueError")


def test_input_is_not_modified():
    data = orders()
    before = data.copy()
    handle_missing_amounts(data, "product_median")
    assert data.equals(before), "work on a copy: the caller's amounts must keep their NaN"
