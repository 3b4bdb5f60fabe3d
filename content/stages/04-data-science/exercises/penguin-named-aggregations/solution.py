import pandas as pd


def species_island_summary(penguins: pd.DataFrame) -> pd.DataFrame:
    """One row per (Species, Island) pair that occurs, with five summary columns.

    Columns: Species, Island, n_birds (rows), n_weighed (present body
    masses), mean_mass_g, max_flipper_mm, share_female (FEMALE among birds
    whose sex is FEMALE or MALE). Sorted by Species, Island; index 0..n-1.
    """
    # 1.0 for a female, 0.0 for a male, NaN for unknown (null or "."):
    # the mean of this column is the share of females among the birds we know.
    data = penguins.assign(is_female=penguins["Sex"].map({"FEMALE": 1.0, "MALE": 0.0}))
    summary = data.groupby(["Species", "Island"], as_index=False, observed=True).agg(
        n_birds=("Species", "size"),              # rows, whatever is missing
        n_weighed=("Body Mass (g)", "count"),     # present values only
        mean_mass_g=("Body Mass (g)", "mean"),
        max_flipper_mm=("Flipper Length (mm)", "max"),
        share_female=("is_female", "mean"),
    )
    return summary.sort_values(["Species", "Island"]).reset_index(drop=True)
