import math
from collections import defaultdict
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
    n = len(points)
    if len(labels) != n:
        raise ValueError(f"{n} points but {len(labels)} labels")
    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        members[label].append(i)
    if not 2 <= len(members) <= n - 1:
        raise ValueError(f"need between 2 and n - 1 = {n - 1} clusters, got {len(members)}")

    scores = []
    for i in range(n):
        own = members[labels[i]]
        if len(own) == 1:
            # a_i would be a mean over zero points; by convention a singleton scores 0.
            scores.append(0.0)
            continue
        # Exclude the point itself: dividing by len(own) instead of len(own) - 1
        # would count its zero distance to itself and make a_i too small.
        a = sum(math.dist(points[i], points[j]) for j in own if j != i) / (len(own) - 1)
        b = min(
            sum(math.dist(points[i], points[j]) for j in group) / len(group)
            for label, group in members.items()
            if label != labels[i]
        )
        largest = max(a, b)
        scores.append((b - a) / largest if largest > 0 else 0.0)
    return scores


def silhouette_score(
    points: Sequence[Sequence[float]], labels: Sequence[Hashable]
) -> float:
    """Mean silhouette over all points (see silhouette_samples)."""
    scores = silhouette_samples(points, labels)
    return sum(scores) / len(scores)
