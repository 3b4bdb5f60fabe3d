from collections.abc import Callable

_CASES: dict[str | None, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "title": str.title,
    None: lambda text: text,
}


def _tidy(text: str, case: str | None) -> str:
    # split() with no argument splits on any run of whitespace and ignores it at
    # both ends, so joining with one space trims and collapses in one move.
    return _CASES[case](" ".join(text.split()))


def clean_text(
    value: str | None,
    aliases: dict[str, str | None] | None = None,
    case: str | None = "lower",
) -> str | None:
    """Return value trimmed, with spaces collapsed, case unified and aliases mapped.

    Steps: collapse whitespace and trim; empty -> None; apply case ("lower",
    "upper", "title" or None to keep); then, if the cleaned value equals a
    cleaned alias key, return that alias's canonical value as written.
    Raises ValueError for an unknown case.
    """
    if case not in _CASES:
        raise ValueError(f'case must be "lower", "upper", "title" or None, got {case!r}')
    if value is None:
        return None

    cleaned = _tidy(value, case)
    if not cleaned:
        return None

    # Tidy the variants the same way as the value, so " NYC " finds "nyc".
    # A new dict is built; the caller's table is only read.
    lookup = {_tidy(variant, case): canonical for variant, canonical in (aliases or {}).items()}
    return lookup.get(cleaned, cleaned)
