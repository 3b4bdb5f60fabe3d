import math
import random

from hierarchical_clustering import agglomerative_merges, clusters_at_k

# A=(0,0) B=(0,1) C=(4,0) D=(4,2) E=(9,1), as in the worked example
POINTS = [[0.0, 0.0], [0.0, 1.0], [4.0, 0.0], [4.0, 2.0], [9.0, 1.0]]
CHAIN = [[0.0], [1.0], [2.0], [3.0], [4.0], [5.0], [7.0], [8.0]]


def same_merges(got, expected) -> bool:
    return len(got) == len(expected) and all(
        list(a) == ea and list(b) == eb and math.isclose(d, ed)
        for (a, b, d), (ea, eb, ed) in zip(got, expected)
    )


def test_single_linkage_merge_sequence():
    got = agglomerative_merges(POINTS, "single")
    expected = [
        ([0], [1], 1.0),
        ([2], [3], 2.0),
        ([0, 1], [2, 3], 4.0),
        ([0, 1, 2, 3], [4], math.sqrt(26)),
    ]
    assert same_merges(got, expected), (
        "single linkage uses the closest pair: {A,B}-{C,D} is |AC| = 4 and the last merge is "
        f"|CE| = √26 ≈ 5.10. Expected {expected}, got {got}"
    )


def test_complete_linkage_merge_sequence():
    got = agglomerative_merges(POINTS, "complete")
    expected = [
        ([0], [1], 1.0),
        ([2], [3], 2.0),
        ([0, 1], [2, 3], math.sqrt(20)),
        ([0, 1, 2, 3], [4], math.sqrt(82)),
    ]
    assert same_merges(got, expected), (
        "complete linkage uses the farthest pair: {A,B}-{C,D} is |AD| = √20 ≈ 4.47 and the last "
        f"merge is |AE| = √82 ≈ 9.06. Expected {expected}, got {got}"
    )


def test_equal_distances_merge_the_lowest_indices_first():
    line = [[0.0], [1.0], [2.0], [3.0]]
    got = agglomerative_merges(line, "single")
    expected = [([0], [1], 1.0), ([0, 1], [2], 1.0), ([0, 1, 2], [3], 1.0)]
    assert same_merges(got, expected), (
        "every neighbouring pair is 1 apart; ties go to the "
        f"smallest (min(a), min(b)). Expected {expected}, got {got}"
    )
    got = agglomerative_merges(line, "complete")
    expected = [([0], [1], 1.0), ([2], [3], 1.0), ([0, 1], [2, 3], 3.0)]
    assert same_merges(got, expected), (
        f"complete linkage on the same line: expected {expected}, got {got}"
    )


def test_single_follows_a_chain_that_complete_cuts():
    single = clusters_at_k(CHAIN, 2, "single")
    complete = clusters_at_k(CHAIN, 2, "complete")
    assert single == [[0, 1, 2, 3, 4, 5], [6, 7]], (
        f"single linkage chains 0..5 together (steps of 1) and splits at the gap of 2, got {single}"
    )
    assert complete == [[0, 1, 2, 3], [4, 5, 6, 7]], (
        f"complete linkage avoids long clusters and cuts the chain in the middle, got {complete}"
    )


def test_merge_heights_never_decrease_and_end_in_one_cluster():
    rng = random.Random(0)
    points = [[rng.uniform(0, 10), rng.uniform(0, 10)] for _ in range(12)]
    for linkage in ("single", "complete"):
        merges = agglomerative_merges(points, linkage)
        assert len(merges) == 11, f"{linkage}: 12 points need exactly 11 merges, got {len(merges)}"
        heights = [d for _, _, d in merges]
        assert all(h1 <= h2 + 1e-12 for h1, h2 in zip(heights, heights[1:])), (
            f"{linkage}: merge distances should never "
            f"decrease, got {[round(h, 3) for h in heights]}"
        )
        a, b, _ = merges[-1]
        assert sorted(a + b) == list(range(12)), "the last merge should join all 12 points"


def test_single_linkage_heights_are_the_minimum_spanning_tree_edges():
    rng = random.Random(1)
    points = [[rng.uniform(0, 10), rng.uniform(0, 10)] for _ in range(10)]
    # Prim's algorithm: grow a tree from point 0, always adding the shortest edge out of it.
    inside, edges = {0}, []
    while len(inside) < len(points):
        outside = [j for j in range(len(points)) if j not in inside]
        d, j = min((math.dist(points[i], points[j]), j) for i in inside for j in outside)
        inside.add(j)
        edges.append(d)
    heights = [d for _, _, d in agglomerative_merges(points, "single")]
    assert all(math.isclose(h, e) for h, e in zip(heights, sorted(edges))), (
        "single linkage merges at the edge lengths of the minimum spanning tree, "
        f"in increasing order; expected {[round(e, 4) for e in sorted(edges)]}, "
        f"got {[round(h, 4) for h in heights]}"
    )


def test_clusters_at_k_are_sorted_and_ordered_by_smallest_index():
    points = [[10.0], [0.0], [11.0], [1.0]]
    got = clusters_at_k(points, 2, "single")
    assert got == [[0, 2], [1, 3]], (
        "10 and 11 form one cluster and 0 and 1 the other; list each cluster's indices sorted, "
        f"clusters ordered by their smallest index: expected [[0, 2], [1, 3]], got {got}"
    )


def test_extreme_values_of_k():
    assert clusters_at_k(POINTS, 5) == [[0], [1], [2], [3], [4]], (
        "k = n means no merges: every point alone"
    )
    assert clusters_at_k(POINTS, 1, "complete") == [[0, 1, 2, 3, 4]], (
        "k = 1 means everything in one cluster"
    )
    assert agglomerative_merges([[3.0, 3.0]]) == [], "a single point needs no merges"
    assert clusters_at_k([[3.0, 3.0]], 1) == [[0]], "a single point is one cluster"


def test_bad_arguments_raise_value_error():
    cases = [
        (lambda: agglomerative_merges(POINTS, "ward"), "linkage 'ward' (only single and complete)"),
        (lambda: clusters_at_k(POINTS, 0), "k = 0"),
        (lambda: clusters_at_k(POINTS, 6), "k = 6 with 5 points"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
