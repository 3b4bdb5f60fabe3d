import math
from collections.abc import Sequence

Merge = tuple[list[int], list[int], float]


def _cluster_distance(a: list[int], b: list[int], dist: list[list[float]], linkage: str) -> float:
    """Distance between clusters a and b: closest pair (single) or farthest pair (complete)."""
    pair_distances = (dist[i][j] for i in a for j in b)
    return min(pair_distances) if linkage == "single" else max(pair_distances)


def agglomerative_merges(
    points: Sequence[Sequence[float]], linkage: str = "single"
) -> list[Merge]:
    """Merge the two closest clusters until one is left; return the n - 1 merges in order.

    Each merge is (a, b, distance): the sorted point indices of the two merged
    clusters, with min(a) < min(b), and their linkage distance. On equal
    distances the pair with the smallest (min(a), min(b)) merges first.
    Raises ValueError for a linkage other than "single" or "complete".
    """
    if linkage not in ("single", "complete"):
        raise ValueError(f"linkage must be 'single' or 'complete', got {linkage!r}")
    n = len(points)
    # All pairwise point distances, computed once: every linkage is built from them.
    dist = [[math.dist(p, q) for q in points] for p in points]

    # Keep the clusters sorted by their smallest index. Then scanning pairs
    # (i, j) with i < j visits them in (min(a), min(b)) order, and a strict
    # "<" keeps the first of several equally close pairs: the tie rule.
    clusters = [[i] for i in range(n)]
    merges: list[Merge] = []
    while len(clusters) > 1:
        best: tuple[float, int, int] | None = None
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                d = _cluster_distance(clusters[i], clusters[j], dist, linkage)
                if best is None or d < best[0]:
                    best = (d, i, j)
        d, i, j = best
        a, b = clusters[i], clusters[j]
        merges.append((a, b, d))
        # The merged cluster keeps a's smallest index, so putting it at a's
        # position and deleting b keeps the list sorted by smallest index.
        clusters[i] = sorted(a + b)
        del clusters[j]
    return merges


def clusters_at_k(
    points: Sequence[Sequence[float]], k: int, linkage: str = "single"
) -> list[list[int]]:
    """The k clusters left after n - k merges: sorted index lists, ordered by smallest index.

    Raises ValueError unless 1 <= k <= len(points), or for an unknown linkage.
    """
    n = len(points)
    if not 1 <= k <= n:
        raise ValueError(f"k must be between 1 and {n}, got {k}")
    # Replay the first n - k merges: cutting the dendrogram where k clusters remain.
    clusters = {i: [i] for i in range(n)}  # keyed by each cluster's smallest index
    for a, b, _ in agglomerative_merges(points, linkage)[: n - k]:
        clusters[a[0]] = sorted(a + b)
        del clusters[b[0]]
    return [clusters[key] for key in sorted(clusters)]
