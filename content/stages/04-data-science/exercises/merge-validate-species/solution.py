import pandas as pd


def add_species_info(
    penguins: pd.DataFrame, species_info: pd.DataFrame
) -> tuple[pd.DataFrame, list[str]]:
    """Left-join species_info onto penguins by Species; return the result and the unmatched species.

    One row per penguin, in order; ValueError when species_info repeats a
    species; the unmatched species sorted; no _merge column in the result.
    """
    joined = penguins.merge(
        species_info,
        on="Species",
        how="left",                 # keep every penguin, in order
        validate="many_to_one",     # many penguins per species, at most one info row each
        indicator=True,             # _merge: "both" or "left_only" for each row
    )
    unmatched = sorted(str(s) for s in joined.loc[joined["_merge"] == "left_only", "Species"].unique())
    return joined.drop(columns="_merge"), unmatched
