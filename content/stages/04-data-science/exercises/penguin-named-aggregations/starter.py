import pandas as pd


def species_island_summary(penguins: pd.DataFrame) -> pd.DataFrame:
    """One row per (Species, Island) pair that occurs, with five summary columns.

    Columns: Species, Island, n_birds (rows), n_weighed (present body
    masses), mean_mass_g, max_flipper_mm, share_female (FEMALE among birds
    whose sex is FEMALE or MALE). Sorted by Species, Island; index 0..n-1.
    """
    return penguins.groupby(["Species", "Island"]).mean()
