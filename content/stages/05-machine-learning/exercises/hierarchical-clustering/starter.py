from collections.abc import Sequence

Merge = tuple[list[int], list[int], float]


def agglomerative_merges(
    points: Sequence[Sequence[float]], linkage: str = "single"
) -> list[Merge]:
    """Merge the two closest clusters until one is left; return the n - 1 merges in order.

    Each merge is (a, b, distance): the sorted point indices of the two merged
    clusters, with min(a) < min(b), and their linkage distance. On equal
    distances the pair with the smallest (min(a), min(b)) merges first.
    Raises ValueError for a linkage other than "single" or "complete".
    """
    raise NotImplementedError("start from singletons and merge the closest pair until one is left")


def clusters_at_k(
    points: Sequence[Sequence[float]], k: int, linkage: str = "single"
) -> list[list[int]]:
    """The k clusters left after n - k merges: sorted index lists, ordered by smallest index.

    Raises ValueError unless 1 <= k <= len(points), or for an unknown linkage.
    """
    raise NotImplementedError("replay the first n - k merges")
