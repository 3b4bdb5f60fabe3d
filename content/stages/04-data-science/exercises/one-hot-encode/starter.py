class OneHotEncoder:
    """One 0/1 column per category learned by fit."""

    def __init__(self, handle_unknown: str = "ignore") -> None:
        """handle_unknown: "ignore" (all-zeros row) or "error" (ValueError).

        Raises ValueError for any other value.
        """
        self.handle_unknown = handle_unknown
        self.categories_: list[str] | None = None

    def fit(self, values: list[str]) -> "OneHotEncoder":
        """Learn the sorted distinct values as the categories; return self.

        Raises ValueError if values is empty.
        """
        raise NotImplementedError("store the sorted distinct values")

    def transform(self, values: list[str]) -> list[list[int]]:
        """Return one row of len(categories_) zeros and ones per value.

        Unknown values give all zeros ("ignore") or raise ValueError ("error").
        Raises ValueError if fit has not been called.
        """
        raise NotImplementedError("put a 1 in the column of each value's category")
