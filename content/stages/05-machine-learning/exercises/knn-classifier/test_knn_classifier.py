from knn_classifier import knn_predict

X = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0], [5.0, 6.0]]
Y = ["red", "red", "red", "blue", "blue", "blue"]


def test_k1_returns_the_label_of_the_nearest_point():
    got = knn_predict(X, Y, [4.5, 4.0], k=1)
    assert got == "blue", f"the nearest point to [4.5, 4] is [5, 5] (blue), got {got!r}"
    got = knn_predict(X, Y, [0.2, 0.1], k=1)
    assert got == "red", f"the nearest point to [0.2, 0.1] is [0, 0] (red), got {got!r}"


def test_majority_of_the_k_nearest_wins():
    X_train = [[0.0], [1.0], [2.0], [2.5], [3.0]]
    y_train = [0, 1, 1, 0, 1]
    got = knn_predict(X_train, y_train, [0.1], k=3)
    assert got == 1, (
        f"the 3 nearest to 0.1 are 0 (label 0), 1 (label 1) and 2 (label 1): expected 1, got {got}"
    )


def test_uses_euclidean_not_manhattan_distance():
    X_train = [[3.0, 0.0], [2.0, 2.0]]
    y_train = ["A", "B"]
    got = knn_predict(X_train, y_train, [0.0, 0.0], k=1)
    assert got == "B", (
        "[2, 2] is at Euclidean distance √8 ≈ 2.83 and [3, 0] at 3, so "
        f"expected 'B'; got {got!r} (Manhattan distance would pick 'A')"
    )


def test_vote_tie_goes_to_the_label_of_the_nearest_neighbour():
    X_train = [[0.0], [1.0], [-2.0], [3.0]]
    y_train = ["far", "near", "far", "near"]
    got = knn_predict(X_train, y_train, [0.9], k=4)
    assert got == "near", (
        "two votes each; the nearest neighbour of 0.9 is "
        f"1.0 ('near'), so expected 'near', got {got!r}"
    )
    got = knn_predict(X_train, y_train, [-0.4], k=2)
    assert got == "far", (
        "one vote each; the nearest neighbour of -0.4 "
        f"is 0.0 ('far'), so expected 'far', got {got!r}"
    )


def test_equal_distances_keep_training_order():
    X_train = [[1.0], [-1.0], [3.0]]
    y_train = ["right", "left", "right"]
    got = knn_predict(X_train, y_train, [0.0], k=1)
    assert got == "right", (
        "1 and -1 are both at distance 1 from 0; the earlier training "
        f"point ([1], 'right') comes first, so expected 'right', got {got!r}"
    )


def test_k_equal_to_n_is_the_overall_majority():
    got = knn_predict(X, Y[:3] + ["blue", "red", "red"], [5.5, 5.5], k=6)
    assert got == "red", f"with k = n every point votes: 5 red against 1 blue, got {got!r}"


def test_labels_can_be_integers_and_points_high_dimensional():
    X_train = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 2]]
    y_train = [7, 7, 7, 3, 3]
    got = knn_predict(X_train, y_train, [0, 0, 0, 1.2], k=2)
    assert got == 3, f"the 2 nearest to [0, 0, 0, 1.2] are both label 3, got {got}"


def test_bad_arguments_raise_value_error():
    cases = [
        (lambda: knn_predict(X, Y, [0.0, 0.0], k=0), "k = 0"),
        (lambda: knn_predict(X, Y, [0.0, 0.0], k=7), "k = 7 with only 6 training points"),
        (lambda: knn_predict(X, Y[:5], [0.0, 0.0], k=1), "6 points but 5 labels"),
        (lambda: knn_predict(X, Y, [0.0, 0.0, 0.0], k=1), "a 3-D query for 2-D training points"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
