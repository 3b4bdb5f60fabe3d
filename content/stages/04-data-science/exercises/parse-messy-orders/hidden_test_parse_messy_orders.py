import pandas as pd
import pytest

from parse_messy_orders import load_orders

SMALL = """order_id,order_date,store,product,quantity,amount
X-1,12/11/2024,Boise,lock,2,"1,002.00"
X-2,"February 29, 2024",BOI,tyre,NA,unknown
X-3,2024-07-04,boise,lights,-,
X-4,unknown,Boise,e-bike,3,"7,197.00"
X-5,01/02/2024,Boise,helmet,1,59.90
"""


def test_other_file(tmp_path):
    path = tmp_path / "small.csv"
    path.write_text(SMALL)
    got = load_orders(str(path))
    assert list(got["order_date"])[:3] == [pd.Timestamp("2024-11-12"), pd.Timestamp("2024-02-29"), pd.Timestamp("2024-07-04")]
    assert pd.isna(got["order_date"].iloc[3])
    assert got["order_date"].iloc[4] == pd.Timestamp("2024-02-01"), "01/02/2024 is 1 February"
    assert str(got["quantity"].dtype) == "Int64"
    assert got["quantity"].isna().tolist() == [False, True, True, False, False]
    assert got["amount"].iloc[0] == 1002.0 and got["amount"].iloc[3] == 7197.0
    assert got["amount"].isna().tolist() == [False, True, True, False, False]


def test_bad_amount_raises(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(SMALL + "X-6,2024-01-01,Boise,lock,1,12.5.0\n")
    with pytest.raises((ValueError, TypeError)):
        load_orders(str(path))
