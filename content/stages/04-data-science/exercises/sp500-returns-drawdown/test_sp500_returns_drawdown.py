import math

import numpy as np
import pandas as pd

from sp500_returns_drawdown import max_drawdown, returns_and_drawdown


def prices() -> pd.DataFrame:
    return pd.read_csv("sp500.csv")


def test_index_and_columns():
    got = returns_and_drawdown(prices())
    assert isinstance(got.index, pd.DatetimeIndex) and got.index.name == "date", "index: the parsed dates, named date"
    assert got.index.is_monotonic_increasing and len(got) == 5105
    assert list(got.columns) == ["close", "return", "growth", "running_peak", "drawdown"]


def test_first_days():
    got = returns_and_drawdown(prices())
    assert math.isnan(got["return"].iloc[0]), "there is no return on the first day"
    assert math.isclose(got["return"].iloc[1], 1399.420044 / 1455.219971 - 1, rel_tol=1e-9), (
        f"the return of 2000-01-04 is 1399.42 / 1455.22 - 1 = -0.0383, got {got['return'].iloc[1]:.4f}"
    )
    assert got["growth"].iloc[0] == 1.0 and math.isclose(got["growth"].iloc[-1], 2874.560059 / 1455.219971)


def test_drawdown_is_never_positive_and_zero_at_new_highs():
    got = returns_and_drawdown(prices())
    assert (got["drawdown"] <= 0).all(), "the close can never be above its running peak"
    new_high = got["close"] == got["running_peak"]
    assert (got.loc[new_high, "drawdown"] == 0).all()
    assert got["running_peak"].is_monotonic_increasing, "the running peak never falls"


def test_growth_is_the_compounded_return():
    got = returns_and_drawdown(prices())
    compounded = (1 + got["return"].fillna(0)).cumprod()
    assert np.allclose(compounded, got["growth"], rtol=1e-9), "growth should equal the product of (1 + r)"


def test_max_drawdown_of_2007_to_2009():
    got = max_drawdown(prices())
    assert math.isclose(got["max_drawdown"], -0.567754, abs_tol=1e-5), (
        f"the worst drawdown is -56.78%, got {got['max_drawdown']:.4%}"
    )
    assert got["trough"] == pd.Timestamp("2009-03-09"), f"trough: 9 March 2009, got {got['trough']}"
    assert got["peak"] == pd.Timestamp("2007-10-09"), (
        f"peak: 9 October 2007, the highest close before the trough, got {got['peak']}"
    )


def test_unsorted_rows_give_the_same_result():
    shuffled = prices().sample(frac=1.0, random_state=0)
    got = returns_and_drawdown(shuffled)
    expected = returns_and_drawdown(prices())
    assert got.index.equals(expected.index), "sort by date before computing anything"
    assert np.allclose(got["drawdown"], expected["drawdown"])
    assert max_drawdown(shuffled)["trough"] == pd.Timestamp("2009-03-09")


def test_input_is_not_modified():
    data = prices()
    before = data.copy()
    returns_and_drawdown(data)
    max_drawdown(data)
    assert data.equals(before)
