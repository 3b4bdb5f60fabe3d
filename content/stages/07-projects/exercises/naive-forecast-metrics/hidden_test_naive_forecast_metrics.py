# Hidden tests: a longer seeded random series and other test_start values, checked against the
# formulas computed here; negative actuals, one-point periods and other invalid arguments.
import math
import random

from naive_forecast_metrics import mape, naive_forecast, rmse


def expect_value_error(what, call):
    try:
        call()
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {what}")


def random_walk(n, seed):
    rng = random.Random(seed)
    values = [50.0]
    for _ in range(n - 1):
        values.append(round(values[-1] + rng.uniform(-3.0, 3.0), 2))
    return values


def test_naive_forecast_on_a_longer_series():
    series = random_walk(30, seed=7)
    for start in (1, 9, 29):
        got = naive_forecast(series, start)
        want = series[start - 1 : -1]
        assert got == want, f"test_start {start}: the forecast for t is series[t - 1]; expected {want[:4]}..., got {got[:4]}..."


def test_metrics_match_the_formulas_on_a_random_walk():
    series = random_walk(40, seed=3)
    start = 25
    actual, forecast = series[start:], naive_forecast(series, start)
    errors = [a - f for a, f in zip(actual, forecast)]
    want_rmse = math.sqrt(sum(e * e for e in errors) / len(errors))
    want_mape = 100 * sum(abs(e / a) for e, a in zip(errors, actual)) / len(errors)
    got = rmse(actual, forecast)
    assert math.isclose(got, want_rmse, rel_tol=1e-12), f"expected RMSE {want_rmse:.6f}, got {got}"
    got = mape(actual, forecast)
    assert math.isclose(got, want_mape, rel_tol=1e-12), f"expected MAPE {want_mape:.6f}%, got {got}"


def test_one_point_test_period():
    got = naive_forecast([3.0, 8.0], 1)
    assert got == [3.0], f"the single test day is forecast by the value before it, got {got}"
    assert math.isclose(rmse([8.0], [3.0]), 5.0), "one error of 5 gives RMSE 5 (no sign left after squaring)"
    assert math.isclose(mape([8.0], [3.0]), 62.5), "|8 - 3| / 8 = 62.5%"


def test_negative_actual_values_use_the_absolute_value():
    got = mape([-20.0, 40.0], [-25.0, 30.0])
    assert math.isclose(got, 100 / 2 * (5 / 20 + 10 / 40)), f"expected 25.0% (|-5 / -20| = 0.25), got {got}"
    got = rmse([-1.0, -2.0, -3.0], [1.0, 2.0, 3.0])
    assert math.isclose(got, math.sqrt((4 + 16 + 36) / 3)), f"expected sqrt(56/3) ≈ 4.3205, got {got}"


def test_other_invalid_arguments():
    series = [4.0, 5.0, 6.0, 7.0]
    expect_value_error("test_start -1", lambda: naive_forecast(series, -1))
    expect_value_error("test_start beyond the series", lambda: naive_forecast(series, 10))
    expect_value_error("empty lists in rmse", lambda: rmse([], []))
    expect_value_error("lists of different lengths in mape", lambda: mape([1.0], [1.0, 2.0]))
    expect_value_error("a 0 actual value even when the forecast is 0 too", lambda: mape([0.0, 2.0], [0.0, 2.0]))
    actual, predicted = [2.0, 4.0], [1.0, 5.0]
    rmse(actual, predicted)
    mape(actual, predicted)
    assert series == [4.0, 5.0, 6.0, 7.0] and actual == [2.0, 4.0] and predicted == [1.0, 5.0], "inputs must not change"
