import pandas as pd

MEASUREMENTS = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"]


def measurements_long(penguins: pd.DataFrame) -> pd.DataFrame:
    """One row per bird and present measurement: bird_id, Species, Island, Sex, measurement, value.

    Ordered by bird_id, then in MEASUREMENTS order; missing values have no
    row; index 0..n-1.
    """
    # Melts, but loses which rows belong to one bird and keeps the gaps.
    return penguins.melt(
        id_vars=["Species", "Island", "Sex"], value_vars=MEASUREMENTS,
        var_name="measurement", value_name="value",
    )


def species_means(long: pd.DataFrame) -> pd.DataFrame:
    """Back to wide: one row per species, one column per measurement, holding the mean."""
    raise NotImplementedError
