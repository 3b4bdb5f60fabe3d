# Hidden tests: other series, lags and windows than the visible ones, checked against a direct
# formula; negative values, a one-element series, k = n - 1, and look-ahead for other k and w.
from lag_moving_average_features import lag, moving_average


def same(a, b, tol=1e-9):
    return len(a) == len(b) and all(
        (p is None and q is None) or (p is not None and q is not None and abs(p - q) < tol)
        for p, q in zip(a, b)
    )


def expected_lag(values, k):
    return [values[t - k] if t >= k else None for t in range(len(values))]


def expected_ma(values, w):
    return [sum(values[t - w + 1 : t + 1]) / w if t >= w - 1 else None for t in range(len(values))]


SERIES = [3.5, -2.0, 7.25, 0.0, -4.5, 10.0, 1.0, 6.0, -1.5]


def test_lags_match_the_formula_on_another_series():
    for k in range(1, len(SERIES) + 2):
        got = lag(SERIES, k)
        want = expected_lag(SERIES, k)
        assert same(got, want), f"lag(series, {k}) should be {want}, got {got}"


def test_moving_averages_match_the_formula_on_another_series():
    for w in range(1, len(SERIES) + 2):
        got = moving_average(SERIES, w)
        want = expected_ma(SERIES, w)
        assert same(got, want), f"moving_average(series, {w}) should be {want}, got {got}"


def test_last_lag_and_full_window():
    got = lag(SERIES, len(SERIES) - 1)
    assert same(got, [None] * 8 + [3.5]), f"with k = n - 1 only the last position has a value (3.5), got {got}"
    got = moving_average(SERIES, len(SERIES))
    want = [None] * 8 + [sum(SERIES) / 9]
    assert same(got, want), f"a window as long as the series fills only at the end: expected {want}, got {got}"


def test_one_element_series():
    assert same(lag([42.0], 1), [None]), f"lag of a one-element series is [None], got {lag([42.0], 1)}"
    assert same(moving_average([42.0], 1), [42.0]), "a 1-step average of [42] is [42]"
    assert same(moving_average([42.0], 2), [None]), "a 2-step window never fills in one value"


def test_no_look_ahead_for_other_k_and_windows():
    for k, w in [(2, 2), (3, 4)]:
        base_lag, base_ma = lag(SERIES, k), moving_average(SERIES, w)
        for t in range(len(SERIES)):
            changed = list(SERIES)
            changed[t] -= 100.0
            new_lag, new_ma = lag(changed, k), moving_average(changed, w)
            assert same(new_lag[:t], base_lag[:t]), f"lag {k}: changing position {t} changed an earlier feature"
            assert same(new_ma[:t], base_ma[:t]), f"window {w}: changing position {t} changed an earlier feature"


def test_other_invalid_arguments_and_unchanged_input():
    values = list(SERIES)
    lag(values, 3)
    moving_average(values, 3)
    assert values == SERIES, "the input list must not change"
    for what, call in [("lag k = -3", lambda: lag(SERIES, -3)), ("window -2", lambda: moving_average(SERIES, -2))]:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
