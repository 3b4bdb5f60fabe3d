import math

import pandas as pd

from pandas_select_filter import discount_city, select_flats


def make_flats() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "city": ["Lyon", "Paris", "Lyon", "Nice", "Paris", "Lyon"],
            "size_m2": [45.0, 30.0, 80.0, 60.0, 95.0, 62.0],
            "rooms": [2, 1, 4, 3, 4, 3],
            "price_k": [210.0, 320.0, 390.0, 300.0, float("nan"), 275.0],
        },
        index=pd.Index(["a17", "b02", "c33", "d08", "e41", "f12"], name="flat_id"),
    )


def test_selects_the_worked_example_rows_by_label():
    got = select_flats(make_flats(), "Lyon", min_rooms=3, max_price=400)
    assert list(got.index) == ["c33", "f12"], (
        f"expected flats ['c33', 'f12'] (a17 has only 2 rooms), got {list(got.index)}; "
        "keep the flat ids as the index rather than resetting it"
    )
    assert list(got["price_k"]) == [390.0, 275.0], (
        f"expected prices [390, 275], got {list(got['price_k'])}"
    )


def test_returns_exactly_the_three_columns_in_order():
    got = select_flats(make_flats(), "Lyon", min_rooms=3, max_price=400)
    assert list(got.columns) == ["size_m2", "rooms", "price_k"], (
        f"expected columns ['size_m2', 'rooms', 'price_k'], got {list(got.columns)}"
    )


def test_both_bounds_are_inclusive():
    got = select_flats(make_flats(), "Lyon", min_rooms=4, max_price=390)
    assert list(got.index) == ["c33"], (
        f"c33 has exactly 4 rooms and costs exactly 390, so it matches; got {list(got.index)}"
    )


def test_missing_price_never_matches():
    got = select_flats(make_flats(), "Paris", min_rooms=1, max_price=10_000)
    assert list(got.index) == ["b02"], (
        f"e41 has no price, and NaN <= 10000 is False, so only b02 matches; got {list(got.index)}"
    )


def test_no_match_gives_an_empty_frame_with_the_columns():
    got = select_flats(make_flats(), "Nice", min_rooms=5, max_price=1_000)
    assert len(got) == 0, f"no flat in Nice has 5 rooms, expected no rows, got {len(got)}"
    assert list(got.columns) == ["size_m2", "rooms", "price_k"], (
        f"an empty result should still have the three columns, got {list(got.columns)}"
    )


def test_discount_changes_only_the_chosen_city():
    flats = make_flats()
    got = discount_city(flats, "Paris", 10)
    assert math.isclose(got.loc["b02", "price_k"], 288.0), (
        f"320 less 10% is 288, got {got.loc['b02', 'price_k']}"
    )
    assert math.isnan(got.loc["e41", "price_k"]), "a missing price should stay missing"
    others = flats["city"] != "Paris"
    assert got.loc[others].equals(flats.loc[others]), "flats outside Paris must be unchanged"
    assert list(got.index) == list(flats.index) and list(got.columns) == list(flats.columns), (
        "the discounted frame should keep every row and column of the input"
    )


def test_discount_does_not_modify_the_input():
    flats = make_flats()
    before = flats.copy()
    got = discount_city(flats, "Lyon", 50)
    assert flats.equals(before), (
        "flats changed: copy it before assigning, or the caller's data is discounted too"
    )
    assert math.isclose(got.loc["a17", "price_k"], 105.0), (
        f"expected 210 less 50% = 105 for a17 in the result, got {got.loc['a17', 'price_k']}"
    )


def test_selection_does_not_modify_the_input():
    flats = make_flats()
    before = flats.copy()
    select_flats(flats, "Lyon", 3, 400)
    assert flats.equals(before), "select_flats must not change its input"


def test_discount_for_an_unknown_city_changes_nothing():
    flats = make_flats()
    got = discount_city(flats, "Oslo", 20)
    assert got.equals(flats), "no flat is in Oslo, so the copy should equal the input"
    assert got is not flats, "return a new DataFrame, not the input itself"
