import math

import pandas as pd

from penguin_named_aggregations import species_island_summary


def test_small_frame():
    data = pd.DataFrame({
        "Species": ["B", "A", "B", "A", "A"],
        "Island": ["x", "y", "x", "y", "z"],
        "Beak Length (mm)": [1.0] * 5, "Beak Depth (mm)": [1.0] * 5,
        "Flipper Length (mm)": [10.0, 20.0, 30.0, None, 5.0],
        "Body Mass (g)": [100.0, None, 300.0, 400.0, 50.0],
        "Sex": ["FEMALE", "MALE", ".", None, None],
    })
    got = species_island_summary(data)
    assert list(zip(got["Species"], got["Island"])) == [("A", "y"), ("A", "z"), ("B", "x")]
    assert list(got["n_birds"]) == [2, 1, 2] and list(got["n_weighed"]) == [1, 1, 2]
    assert list(got["mean_mass_g"]) == [400.0, 50.0, 200.0]
    assert list(got["max_flipper_mm"]) == [20.0, 5.0, 30.0]
    assert got["share_female"].iloc[0] == 0.0 and math.isnan(got["share_female"].iloc[1])
    assert got["share_female"].iloc[2] == 1.0
