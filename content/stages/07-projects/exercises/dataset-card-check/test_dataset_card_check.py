import copy

from dataset_card_check import check_dataset_card


def good_card():
    return {
        "name": "churn-demo",
        "license": "CC-BY-4.0",
        "source": "https://example.org/churn",
        "size": 10,
        "columns": {"plan": "basic or pro", "monthly_fee": "dollars per month"},
        "collection_date": "2024-01-01/2024-06-30",
    }


def fields(problems):
    return [p.split(":", 1)[0] for p in problems]


def test_complete_card_has_no_problems():
    got = check_dataset_card(good_card())
    assert got == [], f"a complete, valid card should give [], got {got}"


def test_missing_fields_are_reported_in_order():
    got = check_dataset_card({"name": "bare"})
    assert fields(got) == ["license", "source", "size", "columns", "collection_date"], (
        "expected one problem per required field, in table order, each starting with '<field>:', "
        f"got {got}"
    )
    assert all("missing" in p for p in got), (
        f"each problem should say the field is missing, got {got}"
    )


def test_empty_values_count_as_missing():
    card = good_card()
    card.update({"license": "  ", "size": None, "columns": {}})
    got = check_dataset_card(card)
    assert fields(got) == ["license", "size", "columns"], (
        "a blank string, None and an empty dict are all missing: expected problems for license, "
        f"size and columns, got {got}"
    )
    assert all("missing" in p for p in got), f"each should say 'missing', got {got}"


def test_placeholder_licence_is_a_problem():
    for licence in ["unknown", "None", "N/A"]:
        card = good_card()
        card["license"] = licence
        got = check_dataset_card(card)
        assert fields(got) == ["license"], (
            f"license {licence!r} gives no permission to use the data and should be reported, got "
            f"{got}"
        )


def test_source_must_be_a_url():
    card = good_card()
    card["source"] = "found on a forum"
    got = check_dataset_card(card)
    assert fields(got) == ["source"], (
        f"'found on a forum' is not a URL and should be reported, got {got}"
    )


def test_size_must_be_a_positive_int():
    for size in [0, -5, 10.5, "10k", True]:
        card = good_card()
        card["size"] = size
        got = check_dataset_card(card)
        assert fields(got) == ["size"], (
            f"size {size!r} is not a positive int and should be reported, got {got}"
        )


def test_each_undocumented_column_is_named():
    card = good_card()
    card["columns"] = {"plan": "basic or pro", "monthly_fee": "", "churned": None, "age": "years"}
    got = check_dataset_card(card)
    assert fields(got) == ["columns", "columns"], f"expected two column problems, got {got}"
    assert "monthly_fee" in got[0] and "churned" in got[1], (
        f"each problem should name its column, in dict order (monthly_fee, then churned), got {got}"
    )
    card["columns"] = ["plan", "monthly_fee"]
    got = check_dataset_card(card)
    assert fields(got) == ["columns"], (
        f"a list of names has no descriptions and should be reported, got {got}"
    )


def test_collection_date_must_be_an_iso_date_or_range():
    for ok in ["2024-03-15", "2024-01-01/2024-06-30", "2024-05-05/2024-05-05"]:
        card = good_card()
        card["collection_date"] = ok
        got = check_dataset_card(card)
        assert got == [], f"collection_date {ok!r} is valid, got {got}"
    bad_dates = [
        "last year", "2024-02-30", "20240115", "15/01/2024", "2024-06-30/2024-01-01", "2024-01-01/",
    ]
    for bad in bad_dates:
        card = good_card()
        card["collection_date"] = bad
        got = check_dataset_card(card)
        assert fields(got) == ["collection_date"], (
            f"collection_date {bad!r} should be reported, got {got}"
        )


def test_card_is_not_modified():
    card = good_card()
    card["size"] = -1
    before = copy.deepcopy(card)
    check_dataset_card(card)
    assert card == before, f"the card was changed to {card}"
