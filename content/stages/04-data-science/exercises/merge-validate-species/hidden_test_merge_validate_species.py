import pandas as pd

from merge_validate_species import add_species_info


def test_other_lookup():
    data = pd.read_json("penguins.json")
    info = pd.DataFrame({"Species": ["Gentoo"], "crest": ["none"], "colour": ["orange bill"]})
    joined, unmatched = add_species_info(data, info)
    assert len(joined) == 344 and unmatched == ["Adelie", "Chinstrap"]
    assert list(joined.columns)[-2:] == ["crest", "colour"]
    assert int(joined["crest"].notna().sum()) == 124


def test_identical_duplicates_still_raise():
    data = pd.read_json("penguins.json")
    info = pd.DataFrame({"Species": ["Gentoo", "Gentoo"], "crest": ["none", "none"]})
    try:
        add_species_info(data, info)
    except ValueError:
        return
    raise AssertionError("Gentoo is listed twice: expected ValueError")
