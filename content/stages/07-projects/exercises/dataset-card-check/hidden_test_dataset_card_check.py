# Hidden tests: other cards than the visible ones — several problems at once in table order, other
# placeholders and missing values (empty list), http URLs, other invalid sizes, dates and columns.
import copy

from dataset_card_check import check_dataset_card


def card(**changes):
    base = {
        "license": "MIT",
        "source": "http://data.example.com/sales.csv",
        "size": 1,
        "columns": {"region": "sales region", "revenue": "euros"},
        "collection_date": "2019-12-31",
        "extra": ["ignored"],
    }
    base.update(changes)
    return base


def fields(problems):
    return [p.split(":", 1)[0] for p in problems]


def test_other_valid_card_passes():
    got = check_dataset_card(card())
    assert got == [], f"http:// source, size 1, a single date and an extra field are all fine, got {got}"
    got = check_dataset_card(card(collection_date="2020-02-29/2021-02-28", license="Apache-2.0"))
    assert got == [], f"2020-02-29 exists (leap year) and the range goes forward, got {got}"


def test_several_problems_come_in_table_order():
    bad = card(
        license=" N/a ",
        source="ftp://data.example.com",
        size=3.0,
        columns={"weekday": "0 = Monday", "store_id": "   ", "promo": 5},
        collection_date="2023-13-01",
    )
    got = check_dataset_card(bad)
    want = ["license", "source", "size", "columns", "columns", "collection_date"]
    assert fields(got) == want, f"expected problems for {want} in that order, got {got}"
    assert "store_id" in got[3] and "promo" in got[4], (
        f"each column problem names its column, in dict order (store_id, then promo), got {got[3:5]}"
    )
    assert not any("missing" in p for p in got), f"nothing here is missing, only invalid: {got}"


def test_other_missing_values():
    got = check_dataset_card(card(source="", columns=[], collection_date=None, license="\t"))
    assert fields(got) == ["license", "source", "columns", "collection_date"], (
        f"a tab-only string, '', an empty list and None are all missing, got {got}"
    )
    assert all("missing" in p for p in got), f"each should say 'missing', got {got}"
    got = check_dataset_card({})
    assert len(got) == 5 and all("missing" in p for p in got), f"an empty card misses all five fields, got {got}"


def test_other_invalid_sizes_and_sources():
    for size in [False, -1, "100", 0.0, [10]]:
        got = check_dataset_card(card(size=size))
        assert fields(got) == ["size"], f"size {size!r} is not a positive int, got {got}"
    got = check_dataset_card(card(size=2_000_000))
    assert got == [], f"a large positive int is a valid size, got {got}"
    for source in ["www.example.com", "example.org/https://x", 42]:
        got = check_dataset_card(card(source=source))
        assert fields(got) == ["source"], f"source {source!r} does not start with http:// or https://, got {got}"


def test_other_invalid_dates():
    for bad in ["2023-02-29", "2023-1-05", "2023-01-05/2023-01-04", "2023-01-01/2023-02-01/2023-03-01",
                " 2023-01-01", "2023/01/01", 20230101]:
        got = check_dataset_card(card(collection_date=bad))
        assert fields(got) == ["collection_date"], f"collection_date {bad!r} should be reported, got {got}"


def test_card_with_problems_is_not_modified():
    bad = card(columns={"x": "", "y": None}, license="unknown", size=True)
    before = copy.deepcopy(bad)
    check_dataset_card(bad)
    assert bad == before, f"the card was changed to {bad}"
