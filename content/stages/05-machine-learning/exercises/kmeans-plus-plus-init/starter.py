from collections.abc import Sequence


def kmeans_plus_plus(points: Sequence[Sequence[float]], k: int, seed: int) -> list[list[float]]:
    """Choose k initial centroids from points with the k-means++ rule.

    The first centroid is points[rng.randrange(n)]. Each next one is drawn with
    probability proportional to D(x)^2, the squared distance from x to its
    nearest centroid so far: r = rng.random() * sum(D^2), then the first index
    whose running total of D^2 exceeds r. Uses rng = random.Random(seed).
    Returns copies of the chosen points, in the order chosen. Raises
    ValueError unless 1 <= k <= n, or if fewer than k distinct points exist.
    """
    raise NotImplementedError("pick the first centroid uniformly, the rest in proportion to D(x)^2")
