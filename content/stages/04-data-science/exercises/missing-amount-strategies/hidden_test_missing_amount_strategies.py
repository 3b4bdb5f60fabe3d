import pandas as pd

from missing_amount_strategies import handle_missing_amounts


def test_other_frame():
    data = pd.DataFrame(
        {"product": ["a", "b", "a", "b", "a", "c"], "amount": [1.0, 10.0, None, None, 5.0, 7.0]},
        index=[10, 11, 12, 13, 14, 15],
    )
    got = handle_missing_amounts(data, "product_median")
    assert list(got.index) == [10, 11, 12, 13, 14, 15]
    assert list(got["amount"]) == [1.0, 10.0, 3.0, 10.0, 5.0, 7.0]
    got = handle_missing_amounts(data, "median")
    assert list(got["amount"]) == [1.0, 10.0, 6.0, 6.0, 5.0, 7.0]
    assert list(got["amount_missing"]) == [False, False, True, True, False, False]
    got = handle_missing_amounts(data, "drop")
    assert list(got.index) == [0, 1, 2, 3] and list(got["amount"]) == [1.0, 10.0, 5.0, 7.0]
