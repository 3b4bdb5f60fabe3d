class StandardScaler:
    """Standardise columns with means and standard deviations learned by fit."""

    def __init__(self) -> None:
        self.mean_: list[float] | None = None
        self.scale_: list[float] | None = None

    def fit(self, rows: list[list[float]]) -> "StandardScaler":
        """Learn each column's mean and population standard deviation; return self.

        A column with standard deviation 0 gets scale 1. Raises ValueError for
        no rows or rows of different lengths.
        """
        raise NotImplementedError("store one mean and one scale per column")

    def transform(self, rows: list[list[float]]) -> list[list[float]]:
        """Return new rows of (x - mean_) / scale_, column by column.

        Raises ValueError if fit has not been called or a row has the wrong
        number of columns.
        """
        raise NotImplementedError("apply the stored mean and scale to every value")
