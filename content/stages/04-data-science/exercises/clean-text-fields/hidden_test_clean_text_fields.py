# Hidden tests: the same cleaning rules on strings and alias tables the visible tests never use -
# other whitespace, upper/title case with aliases, canonical values that are not keys themselves.
from clean_text_fields import clean_text


def test_other_whitespace_is_trimmed_and_collapsed():
    cases = [
        ("\r\n  San   \t\tFRANCISCO \r\n", "lower", "san francisco"),
        ("rio\n\nde   janeiro", "title", "Rio De Janeiro"),
        ("  ab\tcd  ef ", "upper", "AB CD EF"),
        ("\t Mixed  Case \n", None, "Mixed Case"),
        ("x", "lower", "x"),
    ]
    for raw, case, want in cases:
        got = clean_text(raw, case=case)
        assert got == want, f"clean_text({raw!r}, case={case!r}): expected {want!r}, got {got!r}"


def test_aliases_match_under_upper_and_title_case():
    aliases = {"sf": "San Francisco", "  san fran ": "San Francisco", "la": "Los Angeles"}
    got = clean_text("  Sf ", aliases, case="upper")
    assert got == "San Francisco", (
        f"with case='upper' both ' Sf ' and 'sf' tidy to 'SF', so expected 'San Francisco', got {got!r}"
    )
    got = clean_text("SAN\tFRAN", aliases, case="title")
    assert got == "San Francisco", (
        f"with case='title' both sides tidy to 'San Fran', so expected 'San Francisco', got {got!r}"
    )
    got = clean_text("  lA", aliases)
    assert got == "Los Angeles", f"'  lA' tidies to 'la' -> 'Los Angeles', got {got!r}"
    got = clean_text("oakland", aliases, case="upper")
    assert got == "OAKLAND", f"no alias matches 'OAKLAND', so it is just cleaned, got {got!r}"


def test_a_canonical_value_is_not_itself_a_variant():
    aliases = {"nyc": "New York"}
    got = clean_text(" New York ", aliases)
    assert got == "new york", (
        "'New York' is a canonical value, not a key of the table, so it is only cleaned to "
        f"'new york'; got {got!r}"
    )
    got = clean_text("NYC city", aliases)
    assert got == "nyc city", f"'nyc city' is not the variant 'nyc': expected 'nyc city', got {got!r}"


def test_placeholders_and_blanks_with_other_settings():
    aliases = {"-": None, "unknown": None, "?": None}
    for raw in ["-", "  UNKNOWN\t", "?", "\n\r\t  "]:
        got = clean_text(raw, aliases, case="upper")
        assert got is None, f"{raw!r} is a placeholder or blank and should give None, got {got!r}"
    assert clean_text(None, aliases, case="title") is None, "None stays None whatever the options"
    assert aliases == {"-": None, "unknown": None, "?": None}, f"the table was changed to {aliases}"


def test_other_unknown_cases_raise_value_error():
    for bad in ["Lower", "casefold", ""]:
        try:
            clean_text(" text ", case=bad)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for case={bad!r}; only lower, upper, title, None")
