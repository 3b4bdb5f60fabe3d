class OneHotEncoder:
    """One 0/1 column per category learned by fit."""

    def __init__(self, handle_unknown: str = "ignore") -> None:
        """handle_unknown: "ignore" (all-zeros row) or "error" (ValueError).

        Raises ValueError for any other value.
        """
        if handle_unknown not in ("ignore", "error"):
            raise ValueError(f'handle_unknown must be "ignore" or "error", got {handle_unknown!r}')
        self.handle_unknown = handle_unknown
        self.categories_: list[str] | None = None
        self._index: dict[str, int] = {}

    def fit(self, values: list[str]) -> "OneHotEncoder":
        """Learn the sorted distinct values as the categories; return self.

        Raises ValueError if values is empty.
        """
        if not values:
            raise ValueError("fit needs at least one value")
        self.categories_ = sorted(set(values))
        # category -> column number, so transform finds the column in one lookup.
        self._index = {category: k for k, category in enumerate(self.categories_)}
        return self

    def transform(self, values: list[str]) -> list[list[int]]:
        """Return one row of len(categories_) zeros and ones per value.

        Unknown values give all zeros ("ignore") or raise ValueError ("error").
        Raises ValueError if fit has not been called.
        """
        if self.categories_ is None:
            raise ValueError("call fit on the training values before transform")
        rows: list[list[int]] = []
        for value in values:
            row = [0] * len(self.categories_)  # the width is fixed by training, always
            k = self._index.get(value)
            if k is not None:
                row[k] = 1
            elif self.handle_unknown == "error":
                raise ValueError(
                    f"unknown category {value!r}; seen in training: {self.categories_}"
                )
            # else: an unseen category stays all zeros - "none of the known levels".
            rows.append(row)
        return rows
