import math

from silhouette_score import silhouette_samples, silhouette_score

LINE = [[0.0], [1.0], [4.0], [5.0]]


def close_lists(got, expected) -> bool:
    return len(got) == len(expected) and all(
        math.isclose(g, e, abs_tol=1e-12) for g, e in zip(got, expected)
    )


def test_worked_example():
    got = silhouette_samples(LINE, [0, 0, 1, 1])
    expected = [7 / 9, 5 / 7, 5 / 7, 7 / 9]
    assert close_lists(got, expected), (
        "point 0: a = 1, b = mean(4, 5) = 4.5, s = 3.5 / 4.5 = 7/9; "
        f"point 1: a = 1, b = 3.5, s = 5/7. Expected {expected}, got {got}"
    )
    score = silhouette_score(LINE, [0, 0, 1, 1])
    assert math.isclose(score, 47 / 63), (
        f"expected the mean (7/9 + 5/7) / 2 = 47/63 ≈ 0.7460, got {score}"
    )


def test_a_bad_clustering_scores_negative():
    got = silhouette_samples(LINE, [0, 1, 0, 1])
    expected = [-0.25, -0.5, -0.5, -0.25]
    assert close_lists(got, expected), (
        "clustering {0, 4} and {1, 5} puts points nearer to the other cluster: point 0 has "
        f"a = 4, b = 3, s = -1/4. Expected {expected}, got {got}"
    )


def test_b_uses_the_nearest_other_cluster():
    points = LINE + [[20.0], [21.0]]
    got = silhouette_samples(points, ["A", "A", "B", "B", "C", "C"])
    assert math.isclose(got[0], 7 / 9), (
        "for point 0, cluster B (mean distance 4.5) is nearer than C (20.5), so b = 4.5 and s = "
        f"7/9 as before; got {got[0]}. b is the smallest mean distance, not a mean over all others"
    )
    assert math.isclose(got[4], (15.5 - 1) / 15.5), (
        "point 20: a = 1, nearest other cluster B at mean (16 "
        f"+ 15) / 2 = 15.5, so s = 14.5 / 15.5; got {got[4]}"
    )


def test_a_singleton_cluster_scores_zero():
    got = silhouette_samples(LINE + [[20.0]], [0, 0, 1, 1, 2])
    assert got[4] == 0.0, (
        f"point 20 is alone in its cluster, so its silhouette is 0 by convention, got {got[4]}"
    )
    assert close_lists(got[:4], [7 / 9, 5 / 7, 5 / 7, 7 / 9]), (
        "the other points keep their scores (the far singleton "
        f"is never the nearest cluster), got {got[:4]}"
    )


def test_two_dimensional_points_use_euclidean_distance():
    points = [[0.0, 0.0], [0.0, 2.0], [3.0, 0.0], [3.0, 2.0]]
    b = (3 + math.sqrt(13)) / 2  # mean distance to (3, 0) and (3, 2)
    expected = (b - 2) / b
    got = silhouette_score(points, [0, 0, 1, 1])
    assert math.isclose(got, expected), (
        "every point has a = 2 and b = (3 + √13) / 2 ≈ "
        f"3.303, so expected {expected:.6f}, got {got}"
    )


def test_label_names_do_not_matter():
    points = [[0.0, 1.0], [0.5, 0.0], [4.0, 4.0], [5.0, 4.5], [4.5, 5.0], [9.0, 0.0], [8.0, 1.0]]
    ints = silhouette_samples(points, [0, 0, 1, 1, 1, 2, 2])
    names = silhouette_samples(points, ["z", "z", "x", "x", "x", "y", "y"])
    assert close_lists(ints, names), (
        f"renaming the clusters must not change any score: {ints} vs {names}"
    )
    assert all(-1.0 <= s <= 1.0 for s in ints), f"every silhouette lies in [-1, 1], got {ints}"


def test_identical_points_in_different_clusters_score_zero():
    got = silhouette_samples([[2.0], [2.0], [2.0], [2.0]], [0, 0, 1, 1])
    assert got == [0.0, 0.0, 0.0, 0.0], (
        f"a = b = 0 for every point: 0/0 is defined as 0 here, got {got}"
    )


def test_bad_inputs_raise_value_error():
    cases = [
        (LINE, [0, 0, 0, 0], "a single cluster (there is no other cluster for b)"),
        (LINE, [0, 1, 2, 3], "n clusters of one point each"),
        (LINE, [0, 0, 1], "4 points but 3 labels"),
    ]
    for points, labels, why in cases:
        try:
            silhouette_score(points, labels)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
