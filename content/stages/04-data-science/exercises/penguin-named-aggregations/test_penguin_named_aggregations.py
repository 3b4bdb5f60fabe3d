import math

import pandas as pd

from penguin_named_aggregations import species_island_summary

COLUMNS = ["Species", "Island", "n_birds", "n_weighed", "mean_mass_g", "max_flipper_mm", "share_female"]


def summary() -> pd.DataFrame:
    return species_island_summary(pd.read_json("penguins.json"))


def test_columns_and_groups():
    got = summary()
    assert list(got.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(got.columns)}"
    pairs = list(zip(got["Species"], got["Island"]))
    assert pairs == [("Adelie", "Biscoe"), ("Adelie", "Dream"), ("Adelie", "Torgersen"),
                     ("Chinstrap", "Dream"), ("Gentoo", "Biscoe")], f"got groups {pairs}"
    assert list(got.index) == [0, 1, 2, 3, 4]


def test_size_counts_rows_and_count_counts_values():
    got = summary()
    assert list(got["n_birds"]) == [44, 56, 52, 68, 124], (
        f"n_birds counts every bird (size), got {list(got['n_birds'])}"
    )
    assert list(got["n_weighed"]) == [44, 56, 51, 68, 123], (
        f"n_weighed counts present body masses (count), got {list(got['n_weighed'])}"
    )


def test_mean_mass_and_max_flipper():
    got = summary()
    expected_mass = [3709.659, 3688.393, 3706.373, 3733.088, 5076.016]
    assert all(math.isclose(a, b, abs_tol=1e-3) for a, b in zip(got["mean_mass_g"], expected_mass)), (
        f"expected mean masses {expected_mass}, got {list(got['mean_mass_g'].round(3))}"
    )
    assert list(got["max_flipper_mm"]) == [203.0, 208.0, 210.0, 212.0, 231.0]


def test_share_female_ignores_unknown_sex():
    got = summary()
    torgersen = got[(got["Species"] == "Adelie") & (got["Island"] == "Torgersen")]["share_female"].iloc[0]
    assert math.isclose(torgersen, 24 / 47, abs_tol=1e-9), (
        f"Adelie on Torgersen: 24 females among 47 birds of known sex = 0.511, got {torgersen:.3f}; "
        "dividing by all 52 birds counts the unknowns as males"
    )
    gentoo = got[got["Species"] == "Gentoo"]["share_female"].iloc[0]
    assert math.isclose(gentoo, 58 / 119, abs_tol=1e-9), (
        f"Gentoo: 58 females among 119 birds of known sex (the '.' is unknown too), got {gentoo:.4f}"
    )


def test_input_is_not_modified():
    penguins = pd.read_json("penguins.json")
    before = penguins.copy()
    species_island_summary(penguins)
    assert penguins.equals(before), "add helper columns to a copy (assign), not to the caller's frame"
