from time_series_windows import make_windows


def test_next_value_targets():
    X, y = make_windows([1, 2, 3, 4, 5, 6], window=3)
    assert X == [[1, 2, 3], [2, 3, 4], [3, 4, 5]], f"expected windows [[1,2,3], [2,3,4], [3,4,5]], got {X}"
    assert y == [4, 5, 6], f"with horizon 1 each target is the next value: expected [4, 5, 6], got {y}"


def test_longer_horizon_skips_ahead():
    X, y = make_windows([1, 2, 3, 4, 5, 6], window=3, horizon=2)
    assert X == [[1, 2, 3], [2, 3, 4]] and y == [5, 6], (
        f"horizon 2: the target of [1, 2, 3] is 5, two steps after 3. Expected ([[1,2,3], [2,3,4]], [5, 6]), got ({X}, {y})"
    )


def test_number_of_pairs():
    series = [float(v) for v in range(20)]
    for window, horizon in [(1, 1), (5, 1), (4, 3), (10, 10)]:
        X, y = make_windows(series, window, horizon)
        expected = 20 - window - horizon + 1
        assert len(X) == len(y) == expected, (
            f"window {window}, horizon {horizon} on 20 values: expected {expected} pairs, got {len(X)} and {len(y)}"
        )
        assert all(len(row) == window for row in X), f"every input row should hold {window} values"


def test_series_too_short_gives_no_pairs():
    assert make_windows([1, 2, 3], window=3) == ([], []), "3 values cannot fill a window of 3 plus a target"
    assert make_windows([], window=2) == ([], []), "an empty series gives no pairs"
    assert make_windows([1, 2, 3, 4], window=3) == ([[1, 2, 3]], [4]), "exactly window + horizon values give one pair"


def test_targets_never_look_ahead_into_the_inputs():
    series = [10 * t for t in range(12)]  # value = 10 × its position, so values reveal positions
    X, y = make_windows(series, window=4, horizon=3)
    for row, target in zip(X, y):
        assert target > max(row), f"target {target} must come after every input in {row}"
        assert target - row[-1] == 30, f"with horizon 3 the target is 3 steps after the last input, got {row} → {target}"


def test_rows_are_independent_copies():
    series = [1.0, 2.0, 3.0, 4.0, 5.0]
    X, y = make_windows(series, window=2)
    X[0][1] = 99.0
    assert series == [1.0, 2.0, 3.0, 4.0, 5.0], "changing a window must not change the series"
    assert X[1][0] == 2.0, "windows must be separate lists, not views of one another"


def test_invalid_arguments_raise_value_error():
    for window, horizon in [(0, 1), (3, 0), (-1, 1)]:
        try:
            make_windows([1, 2, 3, 4, 5], window, horizon)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for window={window}, horizon={horizon}")
