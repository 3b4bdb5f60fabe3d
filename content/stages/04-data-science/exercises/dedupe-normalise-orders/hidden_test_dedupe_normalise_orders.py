import pandas as pd

from dedupe_normalise_orders import clean_orders


def test_other_spellings_and_subset():
    raw = pd.DataFrame({
        "order_id": ["Z9", "Z8", "Z9", "Z7", "Z8"],
        "store": ["  boi", "BOISE", "Boi ", "bOiSe", "boise"],
        "product": [" E-Bike", "LOCK", "e-bike", "Tyre", "lock "],
        "amount": ["1", "2", "3", "4", "5"],
    })
    got = clean_orders(raw)
    assert list(got["order_id"]) == ["Z9", "Z8", "Z7"]
    assert list(got["amount"]) == ["1", "2", "4"]
    assert list(got["store"].astype(str)) == ["Boise"] * 3
    assert list(got["store"].cat.categories) == ["Boise", "Portland", "Seattle"]
    assert list(got["product"].astype(str)) == ["e-bike", "lock", "tyre"]
