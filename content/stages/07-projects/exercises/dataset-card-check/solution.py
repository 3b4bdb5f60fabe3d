import re
from datetime import date

REQUIRED_FIELDS = ("license", "source", "size", "columns", "collection_date")
PLACEHOLDER_LICENSES = {"unknown", "none", "n/a"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return not value
    return False


def _parse_date(text: str) -> date | None:
    """The date for a strict YYYY-MM-DD string, or None if it is not one."""
    if not ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)  # rejects days that do not exist
    except ValueError:
        return None


def _check_license(value: object) -> list[str]:
    if not isinstance(value, str):
        return [f"license: expected a licence name, got {value!r}"]
    if value.strip().lower() in PLACEHOLDER_LICENSES:
        return [f"license: {value!r} gives no permission to use the data; find the real licence"]
    return []


def _check_source(value: object) -> list[str]:
    if not (isinstance(value, str) and value.startswith(("http://", "https://"))):
        return [f"source: expected a URL starting with http:// or https://, got {value!r}"]
    return []


def _check_size(value: object) -> list[str]:
    # bool is a subclass of int: without the second test, True would pass as 1 row.
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        return [f"size: expected a positive number of rows, got {value!r}"]
    return []


def _check_columns(value: object) -> list[str]:
    if not isinstance(value, dict):
        kind = type(value).__name__
        return [f"columns: expected a dict of column name to description, got a {kind}"]
    return [
        f"columns: {name!r} has no description"
        for name, description in value.items()
        if not isinstance(description, str) or not description.strip()
    ]


def _check_collection_date(value: object) -> list[str]:
    expected = 'an ISO date "YYYY-MM-DD" or range "YYYY-MM-DD/YYYY-MM-DD"'
    if not isinstance(value, str):
        return [f"collection_date: expected {expected}, got {value!r}"]
    parts = value.split("/")
    dates = [_parse_date(part) for part in parts]
    if len(parts) > 2 or None in dates:
        return [f"collection_date: expected {expected}, got {value!r}"]
    if len(dates) == 2 and dates[1] < dates[0]:
        return [f"collection_date: the range ends ({parts[1]}) before it starts ({parts[0]})"]
    return []


CHECKS = {
    "license": _check_license,
    "source": _check_source,
    "size": _check_size,
    "columns": _check_columns,
    "collection_date": _check_collection_date,
}


def check_dataset_card(card: dict[str, object]) -> list[str]:
    """Return a list of problems with the card; [] means it passes.

    Checks license, source, size, columns and collection_date, in that
    order. Each problem starts with "<field>: "; a missing field gives one
    problem containing "missing".
    """
    problems: list[str] = []
    for field in REQUIRED_FIELDS:
        value = card.get(field)
        if _is_missing(value):
            problems.append(f"{field}: missing")
        else:
            problems.extend(CHECKS[field](value))
    return problems
