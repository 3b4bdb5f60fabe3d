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
    raise NotImplementedError("tidy the spaces, unify the case, then look up the aliases")
