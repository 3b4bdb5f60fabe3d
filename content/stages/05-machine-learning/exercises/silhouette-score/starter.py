from collections.abc import Hashable, Sequence


def silhouette_samples(
    points: Sequence[Sequence[float]], labels: Sequence[Hashable]
) -> list[float]:
    """Silhouette s_i = (b_i - a_i) / max(a_i, b_i) of every point, in input order.

    a_i: mean distance from point i to the other points of its own cluster.
    b_i: the smallest mean distance from point i to the points of another cluster.
    A point alone in its cluster scores 0, and so does a point with a_i = b_i = 0.
    Raises ValueError if the lengths differ or the number of clusters is not
    between 2 and n - 1.
    """
    raise NotImplementedError("group the points by label, then compute a_i and b_i for each point")


def silhouette_score(
    points: Sequence[Sequence[float]], labels: Sequence[Hashable]
) -> float:
    """Mean silhouette over all points (see silhouette_samples)."""
    raise NotImplementedError("average the per-point silhouettes")
