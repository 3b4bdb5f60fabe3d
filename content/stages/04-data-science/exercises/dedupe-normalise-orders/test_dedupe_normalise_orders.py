import pandas as pd

from dedupe_normalise_orders import clean_orders


def raw_orders() -> pd.DataFrame:
    return pd.read_csv("bike-shop-orders.csv", dtype=str, keep_default_na=False)


def test_worked_example():
    raw = pd.DataFrame({
        "order_id": ["O-1", "O-2", "O-1", "O-3"],
        "store": [" SEATTLE", "pdx", "SEA", "Boise"],
        "product": ["Helmet ", "lock", "HELMET", "tyre"],
        "amount": ["1,249.00", "42.00", "1249.00", "28.75"],
    })
    got = clean_orders(raw)
    assert list(got["order_id"]) == ["O-1", "O-2", "O-3"]
    assert list(got["store"].astype(str)) == ["Seattle", "Portland", "Boise"]
    assert list(got["product"].astype(str)) == ["helmet", "lock", "tyre"]
    assert list(got["amount"]) == ["1,249.00", "42.00", "28.75"], "the first row of O-1 is kept"
    assert list(got.index) == [0, 1, 2], f"expected a fresh index, got {list(got.index)}"


def test_three_stores_on_the_real_file():
    got = clean_orders(raw_orders())
    assert str(got["store"].dtype) == "category", f"store should be category, got {got['store'].dtype}"
    assert list(got["store"].cat.categories) == ["Boise", "Portland", "Seattle"]
    counts = got["store"].value_counts().to_dict()
    assert counts == {"Seattle": 148, "Portland": 99, "Boise": 53}, (
        f"expected 148 Seattle, 99 Portland and 53 Boise orders, got {counts}"
    )


def test_eight_products_on_the_real_file():
    got = clean_orders(raw_orders())
    assert str(got["product"].dtype) == "category", f"product should be category, got {got['product'].dtype}"
    products = sorted(got["product"].astype(str).unique())
    assert products == ["city bike", "e-bike", "helmet", "lights", "lock", "road bike", "service", "tyre"], (
        f"expected 8 products after stripping and lower-casing, got {products}"
    )


def test_near_duplicates_are_removed():
    got = clean_orders(raw_orders())
    assert len(got) == 300, (
        f"the file holds 300 orders in 324 rows, got {len(got)} rows; "
        "drop_duplicates() on whole rows keeps the re-typed copies - dedupe on order_id"
    )
    assert got["order_id"].is_unique


def test_first_occurrence_is_kept():
    raw = raw_orders()
    got = clean_orders(raw)
    # O-1008 is in the file twice: first as "January 11, 2024", later re-typed as "2024-01-11".
    kept = got[got["order_id"] == "O-1008"].iloc[0]
    assert kept["order_date"] == "January 11, 2024", (
        f"expected the first row of O-1008 (dated 'January 11, 2024'), got {kept['order_date']!r}; "
        "keep='first' keeps the earliest row in the file"
    )
    assert list(got["order_id"]) == sorted(got["order_id"]), "orders keep their file order"


def test_unknown_store_raises():
    raw = pd.DataFrame({"order_id": ["A", "B"], "store": ["Seattle", "Tacoma"], "product": ["lock", "lock"]})
    try:
        clean_orders(raw)
    except ValueError:
        return
    raise AssertionError("'Tacoma' is not a known store: raise ValueError instead of guessing")


def test_input_is_not_modified():
    raw = raw_orders()
    before = raw.copy()
    clean_orders(raw)
    assert raw.equals(before), "clean_orders must work on a copy"
