REQUIRED_FIELDS = ("license", "source", "size", "columns", "collection_date")


def check_dataset_card(card: dict[str, object]) -> list[str]:
    """Return a list of problems with the card; [] means it passes.

    Checks license, source, size, columns and collection_date, in that
    order. Each problem starts with "<field>: "; a missing field gives one
    problem containing "missing".
    """
    raise NotImplementedError("check each required field in turn and collect the problems")
