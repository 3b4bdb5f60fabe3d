import random
from collections import Counter

from kmeans_plus_plus_init import kmeans_plus_plus

BLOBS = [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6], [10, 0], [11, 0], [10, 1]]


def test_returns_k_distinct_points_from_the_data():
    got = kmeans_plus_plus(BLOBS, 3, seed=0)
    assert len(got) == 3, f"expected 3 centroids, got {len(got)}"
    assert all(c in BLOBS for c in got), (
        f"k-means++ picks centroids among the data points, got {got}"
    )
    assert len({tuple(c) for c in got}) == 3, (
        f"the 3 centroids should be different points, got {got}"
    )


def test_first_centroid_is_drawn_with_randrange():
    for seed in range(5):
        got = kmeans_plus_plus(BLOBS, 1, seed=seed)
        expected = BLOBS[random.Random(seed).randrange(len(BLOBS))]
        assert got == [expected], (
            f"seed {seed}: the first centroid is points[rng.randrange(n)] = {expected}, got {got}"
        )


def test_follows_the_recipe_for_known_seeds():
    assert kmeans_plus_plus(BLOBS, 3, seed=0) == [[10, 0], [5, 5], [1, 0]], (
        "seed 0: expected [[10, 0], [5, 5], [1, 0]], got "
        f"{kmeans_plus_plus(BLOBS, 3, seed=0)}; use one random.Random(seed): "
        "randrange(n) first, then random() * total for each next pick"
    )
    assert kmeans_plus_plus(BLOBS, 3, seed=1) == [[0, 1], [11, 0], [5, 6]], (
        f"seed 1: expected [[0, 1], [11, 0], [5, 6]], got {kmeans_plus_plus(BLOBS, 3, seed=1)}"
    )
    line = [[float(x)] for x in range(10)]
    got = kmeans_plus_plus(line, 4, seed=7)
    assert got == [[5.0], [9.0], [0.0], [1.0]], (
        f"seed 7 on 0..9: expected [[5], [9], [0], [1]], got {got}"
    )


def test_each_new_centroid_is_drawn_in_proportion_to_squared_distance():
    points = [[0.0], [1.0], [3.0]]
    pairs = Counter(
        frozenset(c[0] for c in kmeans_plus_plus(points, 2, seed=s)) for s in range(2000)
    )
    # P({0, 3}) = (9/10 + 9/13) / 3 ≈ 0.531 with D², but (3/4 + 3/5) / 3 = 0.45 with plain D.
    expected = {
        frozenset({0.0, 3.0}): 0.531,
        frozenset({0.0, 1.0}): 0.1,
        frozenset({1.0, 3.0}): 0.369,
    }
    for pair, p in expected.items():
        share = pairs[pair] / 2000
        assert abs(share - p) < 0.03, (
            f"over 2000 seeds the pair {sorted(pair)} should be chosen about {p:.1%} of the "
            f"time, got {share:.1%}; are the weights squared distances to the nearest centroid?"
        )


def test_duplicates_and_chosen_points_are_never_drawn_again():
    points = [[1.0, 1.0]] * 5 + [[4.0, 0.0]] * 3 + [[0.0, 7.0]]
    for seed in range(50):
        got = kmeans_plus_plus(points, 3, seed=seed)
        assert sorted(got) == [[0.0, 7.0], [1.0, 1.0], [4.0, 0.0]], (
            f"seed {seed}: with 3 distinct locations and k = "
            f"3, each location must be picked once, got {got}"
        )


def test_centroids_land_in_separate_blobs():
    rng = random.Random(0)
    centres = [(0.0, 0.0), (50.0, 0.0), (0.0, 50.0)]
    points = [
        [cx + rng.gauss(0, 0.5), cy + rng.gauss(0, 0.5)] for cx, cy in centres for _ in range(30)
    ]
    for seed in range(20):
        got = kmeans_plus_plus(points, 3, seed=seed)
        blobs = {
            min(range(3), key=lambda j: (c[0] - centres[j][0]) ** 2 + (c[1] - centres[j][1]) ** 2)
            for c in got
        }
        assert len(blobs) == 3, (
            f"seed {seed}: k-means++ should put one centroid in each far-apart blob, got {got}"
        )


def test_same_seed_same_result_and_global_random_untouched():
    random.seed(99)
    expected_next = random.random()
    random.seed(99)
    first = kmeans_plus_plus(BLOBS, 3, seed=4)
    assert random.random() == expected_next, (
        "use random.Random(seed), not the module-level random functions"
    )
    assert kmeans_plus_plus(BLOBS, 3, seed=4) == first, "the same seed must give the same centroids"
    got = kmeans_plus_plus(BLOBS, 2, seed=0)
    assert got is not BLOBS and all(c is not p for c in got for p in BLOBS), (
        "return copies of the points"
    )


def test_bad_arguments_raise_value_error():
    cases = [
        (lambda: kmeans_plus_plus(BLOBS, 0, seed=0), "k = 0"),
        (lambda: kmeans_plus_plus(BLOBS, 10, seed=0), "k = 10 with 9 points"),
        (
            lambda: kmeans_plus_plus([[2.0], [2.0], [5.0]], 3, seed=0),
            "k = 3 with only 2 distinct points",
        ),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
