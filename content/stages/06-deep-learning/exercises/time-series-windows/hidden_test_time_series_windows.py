# Hidden tests: other series, windows and horizons than the visible ones, checked against the
# definition x_i = y[i : i + w], target_i = y[i + w - 1 + k], plus boundary lengths and bad arguments.
import random

from time_series_windows import make_windows


def test_random_series_follow_the_definition():
    rng = random.Random(11)
    series = [round(rng.uniform(-5, 5), 3) for _ in range(23)]
    for window, horizon in ((1, 1), (2, 4), (6, 1), (7, 7), (3, 12)):
        X, y = make_windows(series, window, horizon)
        count = len(series) - window - horizon + 1
        assert len(X) == len(y) == count, (
            f"window {window}, horizon {horizon} on 23 values: expected {count} pairs, got {len(X)} and {len(y)}"
        )
        for i in range(count):
            assert X[i] == series[i:i + window], f"window {i}: expected {series[i:i + window]}, got {X[i]}"
            assert y[i] == series[i + window + horizon - 1], (
                f"target {i} with window {window}, horizon {horizon}: expected series[{i + window + horizon - 1}] = "
                f"{series[i + window + horizon - 1]}, got {y[i]}"
            )


def test_boundary_lengths():
    series = [0.5, -1.0, 2.5, 4.0, -3.5]
    X, y = make_windows(series, window=2, horizon=3)
    assert (X, y) == ([[0.5, -1.0]], [-3.5]), (
        f"exactly window + horizon = 5 values give one pair: expected ([[0.5, -1.0]], [-3.5]), got ({X}, {y})"
    )
    assert make_windows(series, window=3, horizon=3) == ([], []), "5 values are one short of window 3 + horizon 3"
    assert make_windows(series, window=9) == ([], []), "a window longer than the series gives no pairs"
    assert make_windows([7.0, 8.0], window=1) == ([[7.0]], [8.0]), "window 1, horizon 1 on two values gives one pair"


def test_series_is_unchanged_and_rows_are_new_lists():
    series = [float(v) for v in range(8)]
    X, y = make_windows(series, window=3, horizon=2)
    for row in X:
        row.append(-1.0)
    assert series == [float(v) for v in range(8)], "changing the returned rows must not change the series"
    assert X[0] is not X[1], "each window must be its own list"


def test_bad_window_or_horizon_raises_even_for_an_empty_series():
    for window, horizon in ((0, 2), (2, -1), (-3, -3), (1, 0)):
        try:
            make_windows([], window, horizon)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for window={window}, horizon={horizon}, whatever the series")
