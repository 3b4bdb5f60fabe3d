import math


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
        if not rows:
            raise ValueError("fit needs at least one row")
        width = len(rows[0])
        if any(len(row) != width for row in rows):
            raise ValueError("all rows must have the same number of columns")

        n = len(rows)
        means: list[float] = []
        scales: list[float] = []
        for column in zip(*rows):  # zip(*rows) turns rows into columns
            mean = sum(column) / n
            # Population formula (divide by n), as scikit-learn's StandardScaler does.
            std = math.sqrt(sum((x - mean) ** 2 for x in column) / n)
            means.append(mean)
            # A constant column would divide by zero; scale 1 just centres it.
            scales.append(std if std > 0 else 1.0)
        self.mean_, self.scale_ = means, scales
        return self

    def transform(self, rows: list[list[float]]) -> list[list[float]]:
        """Return new rows of (x - mean_) / scale_, column by column.

        Raises ValueError if fit has not been called or a row has the wrong
        number of columns.
        """
        if self.mean_ is None or self.scale_ is None:
            raise ValueError("call fit on the training rows before transform")
        width = len(self.mean_)
        out: list[list[float]] = []
        for row in rows:
            if len(row) != width:
                raise ValueError(f"expected {width} columns, got a row with {len(row)}")
            # Only the stored training statistics are used here, never these rows' own:
            # that is what keeps test information out of the model.
            out.append([(x - m) / s for x, m, s in zip(row, self.mean_, self.scale_)])
        return out
