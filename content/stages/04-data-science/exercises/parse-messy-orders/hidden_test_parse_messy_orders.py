import os
import tempfile

import pandas as pd

from parse_messy_orders import load_orders

SMALL = """order_id,order_date,store,product,quantity,amount
X-1,12/11/2024,Boise,lock,2,"1,002.00"
X-2,"February 29, 2024",BOI,tyre,NA,unknown
X-3,2024-07-04,boise,lights,-,
X-4,unknown,Boise,e-bike,3,"7,197.00"
X-5,01/02/2024,Boise,helmet,1,59.90
"""


def write(text: str) -> str:
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "small.csv")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def test_other_file():
    got = load_orders(write(SMALL))
    assert list(got["order_date"])[:3] == [pd.Timestamp("2024-11-12"), pd.Timestamp("2024-02-29"), pd.Timestamp("2024-07-04")]
    assert pd.isna(got["order_date"].iloc[3])
    assert got["order_date"].iloc[4] == pd.Timestamp("2024-02-01"), "01/02/2024 is 1 February"
    assert str(got["quantity"].dtype) == "Int64"
    assert got["quantity"].isna().tolist() == [False, True, True, False, False]
    assert got["amount"].iloc[0] == 1002.0 and got["amount"].iloc[3] == 7197.0
    assert got["amount"].isna().tolist() == [False, True, True, False, False]


def test_bad_amount_raises():
    path = write(SMALL + "X-6,2024-01-01,Boise,lock,1,12.5.0\n")
    try:
        got = load_orders(path)
    except (ValueError, TypeError):
        return
    raise AssertionError(f"amount '12.5.0' is not a number and not a missing marker; got {got['amount'].tolist()}")
