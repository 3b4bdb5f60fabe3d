import random
from collections.abc import Sequence


def _sq_dist(p: Sequence[float], q: Sequence[float]) -> float:
    """Squared Euclidean distance between two points."""
    return sum((a - b) ** 2 for a, b in zip(p, q))


def kmeans_plus_plus(points: Sequence[Sequence[float]], k: int, seed: int) -> list[list[float]]:
    """Choose k initial centroids from points with the k-means++ rule.

    The first centroid is points[rng.randrange(n)]. Each next one is drawn with
    probability proportional to D(x)^2, the squared distance from x to its
    nearest centroid so far: r = rng.random() * sum(D^2), then the first index
    whose running total of D^2 exceeds r. Uses rng = random.Random(seed).
    Returns copies of the chosen points, in the order chosen. Raises
    ValueError unless 1 <= k <= n, or if fewer than k distinct points exist.
    """
    n = len(points)
    if not 1 <= k <= n:
        raise ValueError(f"k must be between 1 and {n}, got {k}")
    rng = random.Random(seed)

    chosen = [rng.randrange(n)]
    # d2[i] is the squared distance from point i to its nearest chosen centroid.
    # Each new centroid can only bring points closer, so one min() per point
    # keeps it up to date without recomputing distances to older centroids.
    d2 = [_sq_dist(p, points[chosen[0]]) for p in points]
    while len(chosen) < k:
        total = sum(d2)
        if total == 0:
            raise ValueError(f"only {len(chosen)} distinct points; cannot choose {k} centroids")
        # Roulette wheel: each point owns a slice of [0, total) as wide as its
        # D^2. Already chosen points (and their duplicates) have D^2 = 0, so
        # their slice is empty and they can never be drawn again.
        r = rng.random() * total
        running = 0.0
        pick = max(i for i in range(n) if d2[i] > 0)  # fallback if rounding leaves r past the end
        for i, weight in enumerate(d2):
            running += weight
            if running > r:
                pick = i
                break
        chosen.append(pick)
        d2 = [min(old, _sq_dist(p, points[pick])) for old, p in zip(d2, points)]
    return [list(points[i]) for i in chosen]
