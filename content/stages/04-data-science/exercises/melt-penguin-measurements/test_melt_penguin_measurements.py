import numpy as np
import pandas as pd

from melt_penguin_measurements import MEASUREMENTS, measurements_long, species_means

COLUMNS = ["bird_id", "Species", "Island", "Sex", "measurement", "value"]


def penguins() -> pd.DataFrame:
    return pd.read_json("penguins.json")


def test_columns_and_first_bird():
    long = measurements_long(penguins())
    assert list(long.columns) == COLUMNS, f"expected columns {COLUMNS}, got {list(long.columns)}"
    first = long.head(4)
    assert first["bird_id"].tolist() == [0, 0, 0, 0], (
        f"the first four rows should be bird 0's measurements, got bird ids {first['bird_id'].tolist()}; "
        "melt stacks column after column, so sort by bird_id afterwards"
    )
    assert first["measurement"].tolist() == MEASUREMENTS, "within a bird, keep the MEASUREMENTS order"
    assert first["value"].tolist() == [39.1, 18.7, 181.0, 3750.0]


def test_missing_values_have_no_row():
    long = measurements_long(penguins())
    assert len(long) == 1368, f"344 birds x 4 measurements minus 8 missing values is 1368 rows, got {len(long)}"
    assert not long["value"].isna().any(), "drop the rows whose value is missing"
    assert 3 not in set(long["bird_id"]), "bird 3 has no measurements at all, so it has no rows"
    assert str(long["value"].dtype) == "float64"


def test_order_and_index():
    long = measurements_long(penguins())
    assert long["bird_id"].is_monotonic_increasing, "rows are ordered by bird_id"
    assert list(long.index) == list(range(len(long))), "expected a fresh index 0..n-1"
    rank = long["measurement"].map({name: k for k, name in enumerate(MEASUREMENTS)})
    assert (long.assign(rank=rank).groupby("bird_id")["rank"].apply(lambda r: r.is_monotonic_increasing)).all()


def test_species_means_match_the_wide_table():
    data = penguins()
    got = species_means(measurements_long(data))
    expected = data.groupby("Species")[MEASUREMENTS].mean()
    assert list(got.columns) == MEASUREMENTS, f"columns in MEASUREMENTS order, got {list(got.columns)}"
    assert list(got.index) == ["Adelie", "Chinstrap", "Gentoo"]
    assert np.allclose(got.to_numpy(), expected.to_numpy()), "the long table's means should equal the wide table's"


def test_input_is_not_modified():
    data = penguins()
    before = data.copy()
    long = measurements_long(data)
    long_before = long.copy()
    species_means(long)
    assert data.equals(before) and long.equals(long_before)
