import math

import pandas as pd

from melt_penguin_measurements import MEASUREMENTS, measurements_long, species_means


def test_small_frame():
    data = pd.DataFrame({
        "Species": ["B", "A"], "Island": ["x", "y"], "Sex": ["MALE", None],
        "Beak Length (mm)": [1.0, None], "Beak Depth (mm)": [2.0, 5.0],
        "Flipper Length (mm)": [None, 6.0], "Body Mass (g)": [4.0, 7.0],
    }, index=[10, 20])
    long = measurements_long(data)
    assert long["bird_id"].tolist() == [0, 0, 0, 1, 1, 1]
    assert long["measurement"].tolist() == [MEASUREMENTS[0], MEASUREMENTS[1], MEASUREMENTS[3],
                                           MEASUREMENTS[1], MEASUREMENTS[2], MEASUREMENTS[3]]
    assert long["value"].tolist() == [1.0, 2.0, 4.0, 5.0, 6.0, 7.0]
    means = species_means(long)
    assert list(means.index) == ["A", "B"]
    assert means.loc["A", "Body Mass (g)"] == 7.0 and math.isnan(means.loc["A", "Beak Length (mm)"])
