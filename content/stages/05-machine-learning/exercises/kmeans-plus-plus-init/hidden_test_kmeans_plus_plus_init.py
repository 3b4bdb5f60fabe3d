# Hidden tests: other points, k and seeds than the visible ones (3-D, negative, tuples), checked
# against the recipe replayed here; also k = n and duplicates that leave too few distinct points.
import random

from kmeans_plus_plus_init import kmeans_plus_plus


def recipe(points, k, seed):
    rng = random.Random(seed)
    n = len(points)
    chosen = [rng.randrange(n)]
    while len(chosen) < k:
        w = [min(sum((a - b) ** 2 for a, b in zip(p, points[c])) for c in chosen) for p in points]
        r = rng.random() * sum(w)
        running = 0.0
        for i, wi in enumerate(w):
            running += wi
            if running > r:
                break
        chosen.append(i)
    return [list(points[i]) for i in chosen]


def test_random_3d_points_for_many_seeds():
    gen = random.Random(404)
    points = [[gen.uniform(-20, 20), gen.uniform(-20, 20), gen.uniform(-20, 20)] for _ in range(15)]
    for seed in range(25):
        for k in (2, 4, 6):
            got = kmeans_plus_plus(points, k, seed=seed)
            want = recipe(points, k, seed)
            assert got == want, f"seed {seed}, k = {k}: expected {want}, got {got}"


def test_tuples_of_integers_come_back_as_lists():
    points = [(-3, 4), (0, 0), (8, -1), (2, 2), (-5, -5), (7, 7)]
    snapshot = list(points)
    for seed in (11, 12, 13):
        got = kmeans_plus_plus(points, 3, seed=seed)
        want = recipe(points, 3, seed)
        assert got == want and all(isinstance(c, list) for c in got), (
            f"seed {seed}: expected the lists {want}, got {got}"
        )
    assert points == snapshot, "points must not be changed"


def test_k_equal_to_n_picks_every_point_once():
    points = [[0.0], [2.5], [-1.0], [9.0], [4.0]]
    for seed in (0, 3, 8):
        got = kmeans_plus_plus(points, 5, seed=seed)
        assert sorted(got) == sorted(points), f"seed {seed}: k = n must use every point once, got {got}"
        assert got == recipe(points, 5, seed), f"seed {seed}: expected the order {recipe(points, 5, seed)}, got {got}"


def test_far_point_wins_in_proportion_to_squared_distance():
    # first pick 0 (prob 1/3): weights 0, 1, 4, 16 -> point 4 with 16/21.
    points = [[0.0], [1.0], [2.0], [4.0]]
    picks = [kmeans_plus_plus(points, 2, seed=s) for s in range(3000)]
    from_zero = [c[1][0] for c in picks if c[0] == [0.0]]
    share = from_zero.count(4.0) / len(from_zero)
    assert abs(share - 16 / 21) < 0.04, (
        f"after picking 0 the point 4 should follow about {16 / 21:.1%} of the time (D² weights "
        f"0, 1, 4, 16), got {share:.1%}"
    )


def test_too_few_distinct_points_and_bad_k():
    cases = [
        (lambda: kmeans_plus_plus([[1.0, 1.0]] * 4, 2, seed=3), "k = 2 with one distinct point"),
        (lambda: kmeans_plus_plus([[0.0], [0.0], [1.0], [1.0]], 3, seed=1), "k = 3 with two distinct points"),
        (lambda: kmeans_plus_plus([[0.0], [1.0]], -1, seed=0), "k = -1"),
        (lambda: kmeans_plus_plus([], 1, seed=0), "no points at all"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
    assert kmeans_plus_plus([[1.0, 1.0]] * 4, 1, seed=3) == [[1.0, 1.0]], "k = 1 needs only one point"
