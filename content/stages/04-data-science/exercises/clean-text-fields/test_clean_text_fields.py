from clean_text_fields import clean_text


def test_trims_and_lowercases_by_default():
    got = clean_text("  London ")
    assert got == "london", f"expected 'london' (trimmed, lower-case by default), got {got!r}"


def test_collapses_every_run_of_whitespace():
    got = clean_text("  New \t  York\n")
    assert got == "new york", (
        "tabs, newlines and repeated spaces inside should become one space: expected 'new york', "
        f"got {got!r}"
    )


def test_case_options():
    assert clean_text(" london", case="title") == "London", "case='title' should give 'London'"
    assert clean_text("PARIS", case="title") == "Paris", "case='title' should give 'Paris'"
    assert clean_text("new york", case="upper") == "NEW YORK", "case='upper' should give 'NEW YORK'"
    got = clean_text("  McDonald  Ltd ", case=None)
    assert got == "McDonald Ltd", f"case=None keeps the case but still tidies spaces, got {got!r}"


def test_empty_and_blank_values_become_none():
    for raw in ["", "   ", "\t\n", None]:
        got = clean_text(raw)
        assert got is None, (
            f"{raw!r} has no content after trimming and should give None, got {got!r}"
        )


def test_aliases_are_matched_after_cleaning():
    aliases = {"nyc": "New York", "new york city": "New York"}
    got = clean_text(" NYC ", aliases)
    assert got == "New York", f"' NYC ' tidies to 'nyc', which maps to 'New York'; got {got!r}"
    got = clean_text("New  York   City", aliases)
    assert got == "New York", (
        f"'New  York   City' tidies to 'new york city' -> 'New York'; got {got!r}"
    )
    got = clean_text("Boston", aliases)
    assert got == "boston", f"a value with no alias is just cleaned: expected 'boston', got {got!r}"


def test_alias_keys_are_cleaned_too():
    aliases = {"  U.K. ": "United Kingdom", "Great  Britain": "United Kingdom"}
    assert clean_text("u.k.", aliases) == "United Kingdom", (
        "the variant '  U.K. ' should be tidied to 'u.k.' before comparing"
    )
    assert clean_text("GREAT BRITAIN", aliases) == "United Kingdom", (
        "the variant 'Great  Britain' should be tidied to 'great britain' before comparing"
    )
    assert aliases == {"  U.K. ": "United Kingdom", "Great  Britain": "United Kingdom"}, (
        f"the alias table must not be changed, got {aliases}"
    )


def test_alias_to_none_marks_a_placeholder_as_missing():
    aliases = {"n/a": None, "not known": None}
    assert clean_text(" N/A ", aliases) is None, "'N/A' maps to None, so the result should be None"
    assert clean_text("Not  Known", aliases) is None, "'Not  Known' tidies to 'not known' -> None"


def test_with_case_none_alias_matching_is_case_sensitive():
    aliases = {"NYC": "New York"}
    assert clean_text("NYC", aliases, case=None) == "New York", "'NYC' matches 'NYC' exactly"
    got = clean_text("nyc", aliases, case=None)
    assert got == "nyc", f"with case=None, 'nyc' does not match 'NYC' and stays 'nyc', got {got!r}"


def test_unknown_case_raises_value_error():
    try:
        clean_text(None, case="sentence")
    except ValueError:
        return
    raise AssertionError("expected ValueError for case='sentence', even though the value is None")
