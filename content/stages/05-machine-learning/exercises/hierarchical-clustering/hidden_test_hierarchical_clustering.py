# Hidden tests: other point sets than the visible ones (3-D points, a square full of ties, duplicate
# points), checked against a slow brute-force replay of the merge rule written here.
import math
import random

from hierarchical_clustering import agglomerative_merges, clusters_at_k


def reference_merges(points, linkage):
    pick = min if linkage == "single" else max
    clusters = [[i] for i in range(len(points))]
    merges = []
    while len(clusters) > 1:
        candidates = []
        for a in clusters:
            for b in clusters:
                if a[0] < b[0]:
                    d = pick(math.dist(points[i], points[j]) for i in a for j in b)
                    candidates.append((d, a[0], b[0], a, b))
        d, _, _, a, b = min(candidates, key=lambda c: (c[0], c[1], c[2]))
        merges.append((a, b, d))
        clusters = [c for c in clusters if c is not a and c is not b] + [sorted(a + b)]
        clusters.sort(key=lambda c: c[0])
    return merges


def same_merges(got, want):
    return len(got) == len(want) and all(
        list(a) == wa and list(b) == wb and math.isclose(d, wd)
        for (a, b, d), (wa, wb, wd) in zip(got, want)
    )


def test_random_3d_points_match_a_brute_force_replay():
    rng = random.Random(77)
    points = [[rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-5, 5)] for _ in range(9)]
    for linkage in ("single", "complete"):
        got = agglomerative_merges(points, linkage)
        want = reference_merges(points, linkage)
        assert same_merges(got, want), f"{linkage} linkage on 9 random 3-D points: expected {want}, got {got}"


def test_every_cut_of_the_dendrogram():
    rng = random.Random(5)
    points = [(rng.randint(0, 20), rng.randint(0, 20)) for _ in range(8)]
    for linkage in ("single", "complete"):
        merges = reference_merges(points, linkage)
        for k in range(1, 9):
            clusters = {i: [i] for i in range(8)}
            for a, b, _ in merges[: 8 - k]:
                clusters[a[0]] = sorted(a + b)
                del clusters[b[0]]
            want = [clusters[key] for key in sorted(clusters)]
            got = clusters_at_k(points, k, linkage)
            assert got == want, f"{linkage}, k = {k}: expected {want}, got {got}"


def test_unit_square_ties_follow_the_smallest_index_rule():
    square = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]
    got = agglomerative_merges(square, "single")
    want = [([0], [1], 1.0), ([0, 1], [2], 1.0), ([0, 1, 2], [3], 1.0)]
    assert same_merges(got, want), (
        f"four sides of length 1 tie; single linkage keeps growing the cluster of point 0: "
        f"expected {want}, got {got}"
    )
    got = agglomerative_merges(square, "complete")
    want = [([0], [1], 1.0), ([2], [3], 1.0), ([0, 1], [2, 3], math.sqrt(2))]
    assert same_merges(got, want), (
        f"complete linkage: {{0,1}} is √2 from 2 and 3 (farthest pair), so 2-3 merge first: "
        f"expected {want}, got {got}"
    )


def test_duplicate_points_merge_at_distance_zero_and_input_is_unchanged():
    points = [[2.0, 2.0], [7.0, 1.0], [2.0, 2.0], [7.0, 1.0], [2.0, 3.0]]
    snapshot = [p[:] for p in points]
    got = agglomerative_merges(points, "complete")
    want = [([0], [2], 0.0), ([1], [3], 0.0), ([0, 2], [4], 1.0), ([0, 2, 4], [1, 3], math.dist([2, 3], [7, 1]))]
    assert same_merges(got, want), f"identical points are 0 apart and merge first: expected {want}, got {got}"
    assert clusters_at_k(points, 3) == [[0, 2], [1, 3], [4]], (
        f"after two merges: [[0, 2], [1, 3], [4]], got {clusters_at_k(points, 3)}"
    )
    assert points == snapshot, "the points must not be changed"


def test_other_bad_arguments_raise_value_error():
    points = [[0.0], [1.0], [5.0]]
    cases = [
        (lambda: agglomerative_merges(points, "average"), "linkage 'average'"),
        (lambda: clusters_at_k(points, 2, "centroid"), "linkage 'centroid'"),
        (lambda: clusters_at_k(points, -1), "k = -1"),
        (lambda: clusters_at_k(points, 4, "complete"), "k = 4 with 3 points"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
