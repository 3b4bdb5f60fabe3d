import pandas as pd

from merge_validate_species import add_species_info

FULL = pd.DataFrame({
    "Species": ["Adelie", "Chinstrap", "Gentoo"],
    "scientific_name": ["Pygoscelis adeliae", "Pygoscelis antarcticus", "Pygoscelis papua"],
})


def penguins() -> pd.DataFrame:
    return pd.read_json("penguins.json")


def test_full_lookup_adds_one_column_to_every_penguin():
    data = penguins()
    joined, unmatched = add_species_info(data, FULL)
    assert len(joined) == 344, f"one row per penguin: expected 344, got {len(joined)}"
    assert list(joined.columns) == list(data.columns) + ["scientific_name"], (
        f"expected the penguin columns then scientific_name, got {list(joined.columns)}"
    )
    assert unmatched == []
    assert list(joined["Species"]) == list(data["Species"]), "rows must stay in the penguins' order"
    gentoo = joined.loc[joined["Species"] == "Gentoo", "scientific_name"].unique().tolist()
    assert gentoo == ["Pygoscelis papua"]


def test_missing_species_keeps_its_rows_and_is_reported():
    info = FULL[FULL["Species"] != "Chinstrap"]
    joined, unmatched = add_species_info(penguins(), info)
    assert len(joined) == 344, f"a left join keeps the Chinstrap rows; expected 344, got {len(joined)}"
    assert unmatched == ["Chinstrap"], f"expected ['Chinstrap'] unmatched, got {unmatched}"
    assert int(joined["scientific_name"].isna().sum()) == 68, "the 68 Chinstrap penguins get NaN"


def test_duplicated_key_raises_instead_of_multiplying_rows():
    info = pd.concat([FULL, FULL[FULL["Species"] == "Adelie"]], ignore_index=True)
    try:
        joined, _ = add_species_info(penguins(), info)
    except ValueError:
        return
    raise AssertionError(
        f"Adelie is listed twice in species_info and the result has {len(joined)} rows; "
        "merge with validate='many_to_one' so that this raises"
    )


def test_no_indicator_column_left_behind():
    joined, _ = add_species_info(penguins(), FULL)
    assert "_merge" not in joined.columns, "drop the indicator column after reading it"


def test_extra_species_in_lookup_adds_no_rows():
    info = pd.concat([FULL, pd.DataFrame({"Species": ["Emperor"], "scientific_name": ["Aptenodytes forsteri"]})])
    joined, unmatched = add_species_info(penguins(), info)
    assert len(joined) == 344 and "Emperor" not in set(joined["Species"]), (
        "a left join adds nothing for a species no penguin has"
    )
    assert unmatched == []


def test_inputs_are_not_modified():
    data, info = penguins(), FULL.copy()
    before = data.copy()
    add_species_info(data, info)
    assert data.equals(before) and info.equals(FULL)
