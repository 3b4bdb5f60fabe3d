import pandas as pd

MEASUREMENTS = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"]


def measurements_long(penguins: pd.DataFrame) -> pd.DataFrame:
    """One row per bird and present measurement: bird_id, Species, Island, Sex, measurement, value.

    Ordered by bird_id, then in MEASUREMENTS order; missing values have no
    row; index 0..n-1.
    """
    birds = penguins.assign(bird_id=range(len(penguins)))  # an id survives the reshape
    long = birds.melt(
        id_vars=["bird_id", "Species", "Island", "Sex"],
        value_vars=MEASUREMENTS,
        var_name="measurement",
        value_name="value",
    )
    # melt stacks whole columns: all beak lengths, then all beak depths, ...
    # A stable sort by bird regroups the rows and keeps the measurement order within each bird.
    long = long.dropna(subset=["value"]).sort_values("bird_id", kind="stable")
    long["value"] = long["value"].astype("float64")
    return long.reset_index(drop=True)


def species_means(long: pd.DataFrame) -> pd.DataFrame:
    """Back to wide: one row per species, one column per measurement, holding the mean."""
    wide = long.pivot_table(index="Species", columns="measurement", values="value", aggfunc="mean")
    return wide[MEASUREMENTS]  # pivot_table sorts the columns alphabetically
