# Hidden tests: other training sets, queries and k than the visible ones, compared with a brute-force
# vote written here; also three-way ties, duplicate points, tuples as inputs and other bad arguments.
import math
import random
from collections import Counter

from knn_classifier import knn_predict


def reference(X_train, y_train, x, k):
    order = sorted(range(len(X_train)), key=lambda i: (math.dist(X_train[i], x), i))
    votes = [y_train[i] for i in order[:k]]
    counts = Counter(votes)
    best = max(counts.values())
    return next(label for label in votes if counts[label] == best)


def test_random_three_class_data_matches_a_brute_force_vote():
    rng = random.Random(58)
    X_train = [[rng.uniform(-5, 5), rng.uniform(-5, 5), rng.uniform(-5, 5)] for _ in range(30)]
    y_train = [rng.choice(["ant", "bee", "cow"]) for _ in X_train]
    for _ in range(40):
        x = [rng.uniform(-6, 6) for _ in range(3)]
        for k in (1, 2, 5, 8, 30):
            got = knn_predict(X_train, y_train, x, k)
            want = reference(X_train, y_train, x, k)
            assert got == want, f"query {[round(v, 2) for v in x]}, k = {k}: expected {want!r}, got {got!r}"


def test_three_way_tie_goes_to_the_nearest_neighbours_label():
    X_train = [[4.0], [-3.0], [2.0], [-6.0], [7.0], [5.0]]
    y_train = ["a", "b", "c", "a", "b", "c"]
    # from 0: 2 (c), -3 (b), 4 (a), 5 (c), -6 (a), 7 (b): every label has two votes with k = 6
    got = knn_predict(X_train, y_train, [0.0], k=6)
    assert got == "c", f"all three labels tie 2-2-2; the nearest neighbour (2.0) is 'c', got {got!r}"
    got = knn_predict(X_train, y_train, [0.0], k=3)
    assert got == "c", f"k = 3 gives one vote each to c, b, a; the nearest is 'c', got {got!r}"
    got = knn_predict(X_train, y_train, [0.0], k=4)
    assert got == "c", f"k = 4: c has two votes (2.0 and 5.0), the others one; got {got!r}"


def test_duplicate_points_and_equal_distances_keep_training_order():
    X_train = [(2, 2), (2, 2), (0, 4), (4, 0)]
    y_train = (False, True, True, False)
    snapshot = (list(X_train), list(y_train))
    assert knn_predict(X_train, y_train, (2, 2), 1) is False, (
        "two identical points at distance 0: the earlier one (label False) comes first"
    )
    got = knn_predict(X_train, y_train, (2, 2), 2)
    assert got is False, f"one vote each; the nearest (the first copy) is False, got {got!r}"
    got = knn_predict(X_train, y_train, (2, 2), 4)
    assert got is False, f"2-2 tie over everything; the first copy of (2, 2) is nearest, got {got!r}"
    got = knn_predict(X_train, y_train, (0, 3), 1)
    assert got is True, f"(0, 4) is 1 away from (0, 3), nearer than (2, 2) at √5, got {got!r}"
    assert (list(X_train), list(y_train)) == snapshot, "the inputs must not be changed"


def test_euclidean_distance_with_negative_coordinates():
    X_train = [[-4.0, 0.0], [-2.5, -2.5], [10.0, 10.0]]
    y_train = [1, 2, 3]
    got = knn_predict(X_train, y_train, [0.0, 0.0], 1)
    assert got == 2, (
        f"[-2.5, -2.5] is √12.5 ≈ 3.54 away, nearer than [-4, 0] at 4 (Manhattan says the opposite); got {got}"
    )


def test_other_bad_arguments_raise_value_error():
    X_train = [[0.0, 1.0], [1.0, 1.0], [2.0, 2.0]]
    y_train = ["p", "q", "p"]
    cases = [
        (lambda: knn_predict(X_train, y_train, [0.0, 0.0], -1), "k = -1"),
        (lambda: knn_predict(X_train, y_train, [0.0, 0.0], 4), "k = 4 with 3 training points"),
        (lambda: knn_predict(X_train, y_train + ["q"], [0.0, 0.0], 1), "3 points but 4 labels"),
        (lambda: knn_predict([[0.0, 1.0], [1.0], [2.0, 2.0]], y_train, [0.0, 0.0], 1), "a training point with 1 coordinate"),
        (lambda: knn_predict(X_train, y_train, [0.0], 1), "a 1-D query for 2-D points"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
