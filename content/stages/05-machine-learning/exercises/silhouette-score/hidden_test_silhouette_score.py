# Hidden tests: other points and clusterings than the visible ones (random 3-cluster data, string
# and tuple labels, singletons mixed in), checked against a brute-force silhouette written here.
import math
import random

from silhouette_score import silhouette_samples, silhouette_score


def reference(points, labels):
    groups = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    out = []
    for i, label in enumerate(labels):
        own = [j for j in groups[label] if j != i]
        if not own:
            out.append(0.0)
            continue
        a = sum(math.dist(points[i], points[j]) for j in own) / len(own)
        b = min(sum(math.dist(points[i], points[j]) for j in g) / len(g) for lab, g in groups.items() if lab != label)
        out.append((b - a) / max(a, b) if max(a, b) > 0 else 0.0)
    return out


def close_lists(got, want):
    return len(got) == len(want) and all(math.isclose(g, w, abs_tol=1e-12) for g, w in zip(got, want))


def test_random_three_cluster_data_matches_a_brute_force_silhouette():
    rng = random.Random(65)
    points = [[rng.gauss(cx, 1.0), rng.gauss(cy, 1.0)] for cx, cy in [(0, 0), (4, 1), (1, 5)] for _ in range(8)]
    labels = [rng.choice(["north", "south", "west"]) for _ in points]  # a poor, random clustering
    labels[:3] = ["north", "south", "west"]
    got = silhouette_samples(points, labels)
    want = reference(points, labels)
    assert close_lists(got, want), f"expected {[round(v, 4) for v in want]}, got {[round(v, 4) for v in got]}"
    truth = [k for k in range(3) for _ in range(8)]
    good = silhouette_score(points, truth)
    assert math.isclose(good, sum(reference(points, truth)) / 24), (
        f"expected the mean silhouette {sum(reference(points, truth)) / 24:.6f}, got {good}"
    )
    assert good > silhouette_score(points, labels), "the true clusters should score higher than random labels"


def test_a_small_case_by_hand():
    points = [[0.0, 0.0], [0.0, 3.0], [4.0, 0.0]]
    got = silhouette_samples(points, ["p", "p", "q"])
    # point 0: a = 3, b = 4 -> 1/4; point 1: a = 3, b = 5 -> 2/5; point 2 alone -> 0
    assert close_lists(got, [0.25, 0.4, 0.0]), f"expected [0.25, 0.4, 0.0], got {got}"
    assert math.isclose(silhouette_score(points, ["p", "p", "q"]), 0.65 / 3), "the score is the mean over all three points"


def test_singletons_and_tuple_labels_mixed_in():
    points = [(1.0,), (2.0,), (3.0,), (10.0,), (11.0,), (30.0,)]
    labels = [("a", 1), ("a", 1), ("a", 1), ("b", 2), ("b", 2), ("c", 3)]
    snapshot = (list(points), list(labels))
    got = silhouette_samples(points, labels)
    assert close_lists(got, reference(points, labels)), f"expected {reference(points, labels)}, got {got}"
    assert got[5] == 0.0, "the singleton 30 scores 0"
    assert (list(points), list(labels)) == snapshot, "inputs must not change"


def test_duplicate_points_within_a_cluster():
    points = [[1.0], [1.0], [1.0], [6.0], [8.0]]
    got = silhouette_samples(points, [0, 0, 0, 1, 1])
    assert close_lists(got[:3], [1.0, 1.0, 1.0]), (
        f"three identical points have a = 0 and b > 0, so each scores exactly 1, got {got[:3]}"
    )
    # point 6: a = 2, b = 5 -> 3/5; point 8: a = 2, b = 7 -> 5/7
    assert close_lists(got[3:], [0.6, 5 / 7]), f"expected [0.6, 5/7] for 6 and 8, got {got[3:]}"


def test_other_bad_inputs_raise_value_error():
    cases = [
        ([[0.0]], [0], "a single point"),
        ([[0.0], [1.0], [2.0]], ["x", "y", "z"], "3 clusters for 3 points"),
        ([[0.0], [1.0], [2.0]], ["x", "x", "y", "y"], "3 points but 4 labels"),
        ([[0.0], [5.0]], [1, 1], "one cluster of two points"),
    ]
    for points, labels, why in cases:
        for function in (silhouette_samples, silhouette_score):
            try:
                function(points, labels)
            except ValueError:
                continue
            raise AssertionError(f"expected {function.__name__} to raise ValueError for {why}")
