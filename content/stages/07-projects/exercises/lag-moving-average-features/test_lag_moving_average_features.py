from lag_moving_average_features import lag, moving_average

PRICES = [100.0, 102.0, 101.0, 103.0, 104.0]


def same(a: list, b: list, tol: float = 1e-9) -> bool:
    """Equal lengths, None in the same places, numbers equal within tol."""
    return len(a) == len(b) and all(
        (p is None and q is None) or (p is not None and q is not None and abs(p - q) < tol)
        for p, q in zip(a, b)
    )


def test_lag_by_one_and_two():
    got = lag(PRICES, 1)
    assert same(got, [None, 100.0, 102.0, 101.0, 103.0]), f"lag 1 moves every price one step later, got {got}"
    got = lag(PRICES, 2)
    assert same(got, [None, None, 100.0, 102.0, 101.0]), f"lag 2 has two Nones in front, got {got}"


def test_trailing_moving_average():
    got = moving_average(PRICES, 3)
    assert same(got, [None, None, 101.0, 102.0, 308 / 3]), (
        f"expected [None, None, 101, 102, 102.667]: position 2 is (100 + 102 + 101) / 3, got {got}"
    )


def test_window_of_one_is_the_series_itself():
    got = moving_average(PRICES, 1)
    assert same(got, PRICES), f"a 1-step average is each value itself, got {got}"


def test_too_long_lags_and_windows_give_only_none():
    assert lag(PRICES, 7) == [None] * 5, f"no value is 7 steps back in a 5-day series, got {lag(PRICES, 7)}"
    assert lag(PRICES, 5) == [None] * 5, "k = length: still no value k steps back (no wrap-around)"
    assert moving_average(PRICES, 6) == [None] * 5, "a 6-day window never fills in 5 days"
    assert lag([], 1) == [] and moving_average([], 3) == [], "an empty series gives an empty list"


def test_no_look_ahead():
    base_lag, base_ma = lag(PRICES, 1), moving_average(PRICES, 3)
    for t in range(len(PRICES)):
        changed = list(PRICES)
        changed[t] += 50.0
        new_lag, new_ma = lag(changed, 1), moving_average(changed, 3)
        assert same(new_lag[:t], base_lag[:t]) and same(new_ma[:t], base_ma[:t]), (
            f"changing the price at position {t} changed a feature before {t}: that feature looks ahead"
        )


def test_output_is_aligned_and_input_unchanged():
    values = [float(v) for v in range(10)]
    for k in (1, 3):
        assert len(lag(values, k)) == 10, "lag keeps the series length"
    got = moving_average(values, 4)
    assert len(got) == 10 and got[3] == 1.5 and got[9] == 7.5, (
        f"position 3 averages 0..3 = 1.5 and position 9 averages 6..9 = 7.5, got {got}"
    )
    assert values == [float(v) for v in range(10)], "the input list must not change"


def test_invalid_arguments_raise_value_error():
    cases = [("lag k = 0", lambda: lag(PRICES, 0)), ("lag k = -1", lambda: lag(PRICES, -1)),
             ("window 0", lambda: moving_average(PRICES, 0))]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
