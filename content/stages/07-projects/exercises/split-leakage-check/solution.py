from collections import defaultdict
from collections.abc import Callable, Hashable

Row = dict[str, object]


def _normalise(value: object) -> object:
    if isinstance(value, str):
        return " ".join(value.split()).lower()  # trim, collapse whitespace, lower-case
    return value


def _row_key(row: Row, ignore: tuple[str, ...], fix: Callable[[object], object]) -> Hashable:
    # A hashable fingerprint of the row: its (column, value) pairs sorted by column,
    # so key order in the dict does not matter and ignored columns play no part.
    return tuple(sorted((col, fix(val)) for col, val in row.items() if col not in ignore))


def _index(rows: list[Row], ignore: tuple[str, ...], fix: Callable[[object], object]) -> dict:
    index: dict[Hashable, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        index[_row_key(row, ignore, fix)].append(i)
    return index


def find_leaks(
    train: list[dict[str, object]],
    test: list[dict[str, object]],
    ignore: tuple[str, ...] = (),
) -> dict[str, list[tuple[int, int]]]:
    """Find (train_index, test_index) pairs of rows that are the same.

    Rows are compared on their keys not in ignore. Returns sorted pairs
    under "exact" (all values equal) and "normalised" (equal only after
    trimming, collapsing whitespace and lower-casing strings).
    """
    def same(value: object) -> object:
        return value

    # Index the training rows once; each test row is then one dict lookup per kind,
    # instead of a comparison with every training row.
    exact_index = _index(train, ignore, same)
    norm_index = _index(train, ignore, _normalise)

    exact: list[tuple[int, int]] = []
    normalised: list[tuple[int, int]] = []
    for j, row in enumerate(test):
        exact_hits = exact_index.get(_row_key(row, ignore, same), [])
        exact.extend((i, j) for i in exact_hits)
        # Every exact match is also a normalised match; report it once, as exact.
        already = set(exact_hits)
        norm_hits = norm_index.get(_row_key(row, ignore, _normalise), [])
        normalised.extend((i, j) for i in norm_hits if i not in already)
    return {"exact": sorted(exact), "normalised": sorted(normalised)}
