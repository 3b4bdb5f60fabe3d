# Hidden tests: another table of flats, bounds between values, zero and fractional discounts and
# a random table checked against a loop, so answers fitted to the visible flats fail.
import math
import random

import pandas as pd

from pandas_select_filter import discount_city, select_flats

COLUMNS = ["size_m2", "rooms", "price_k"]


def other_flats() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "city": ["Oslo", "Bergen", "Oslo", "Oslo", "Bergen", "Oslo", "Tromsø"],
            "size_m2": [50.0, 72.5, 110.0, 33.0, 64.0, 88.0, 40.0],
            "rooms": [2, 3, 5, 1, 3, 3, 2],
            "price_k": [300.0, 410.0, 799.99, float("nan"), 260.0, 450.5, 150.0],
        },
        index=pd.Index(["o1", "b1", "o2", "o3", "b2", "o4", "t1"], name="id"),
    )


def test_other_city_and_bounds():
    got = select_flats(other_flats(), "Oslo", min_rooms=2, max_price=799.98)
    assert list(got.index) == ["o1", "o4"], (
        f"o2 costs 799.99 > 799.98 and o3 has no price and 1 room; expected ['o1', 'o4'], "
        f"got {list(got.index)}"
    )
    assert list(got.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(got.columns)}"
    assert list(got["size_m2"]) == [50.0, 88.0], f"expected sizes [50.0, 88.0], got {list(got['size_m2'])}"


def test_zero_min_rooms_still_drops_missing_prices():
    got = select_flats(other_flats(), "Oslo", min_rooms=0, max_price=1e9)
    assert list(got.index) == ["o1", "o2", "o4"], (
        f"every Oslo flat with a price matches; o3 has NaN, so expected ['o1', 'o2', 'o4'], "
        f"got {list(got.index)}"
    )


def test_random_table_matches_a_loop():
    rng = random.Random(3)
    n = 80
    flats = pd.DataFrame(
        {
            "city": [rng.choice(["A", "B", "C"]) for _ in range(n)],
            "size_m2": [round(rng.uniform(20, 150), 1) for _ in range(n)],
            "rooms": [rng.randint(1, 6) for _ in range(n)],
            "price_k": [float("nan") if rng.random() < 0.1 else round(rng.uniform(100, 900), 1)
                        for _ in range(n)],
        },
        index=pd.Index([f"f{i:03d}" for i in rng.sample(range(1000), n)], name="flat_id"),
    )
    before = flats.copy()
    for city, min_rooms, max_price in (("A", 3, 500.0), ("B", 1, 250.5), ("C", 5, 900.0)):
        want = [
            label for label, c, r, p in zip(flats.index, flats["city"], flats["rooms"], flats["price_k"])
            if c == city and r >= min_rooms and p <= max_price  # NaN <= x is False
        ]
        got = select_flats(flats, city, min_rooms, max_price)
        assert list(got.index) == want, (
            f"select_flats(flats, {city!r}, {min_rooms}, {max_price}): expected {want}, got {list(got.index)}"
        )
    assert flats.equals(before), "select_flats must not change its input"


def test_fractional_discount_on_another_city():
    flats = other_flats()
    before = flats.copy()
    got = discount_city(flats, "Bergen", 12.5)
    assert flats.equals(before), "discount_city must not change its input"
    for label, old in (("b1", 410.0), ("b2", 260.0)):
        want = old * (1 - 12.5 / 100)
        assert math.isclose(got.loc[label, "price_k"], want), (
            f"{label}: {old} less 12.5% is {want}, got {got.loc[label, 'price_k']}"
        )
    others = flats["city"] != "Bergen"
    assert got.loc[others].equals(flats.loc[others]), "flats outside Bergen must be unchanged"
    assert got[["city", "size_m2", "rooms"]].equals(flats[["city", "size_m2", "rooms"]]), (
        "only price_k may change"
    )
    assert math.isnan(discount_city(flats, "Oslo", 30).loc["o3", "price_k"]), (
        "a missing price should stay missing"
    )


def test_zero_percent_changes_nothing():
    flats = other_flats()
    got = discount_city(flats, "Oslo", 0)
    assert got.equals(flats) and got is not flats, (
        "a 0% discount should give an equal, new DataFrame"
    )
