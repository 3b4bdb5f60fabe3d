import math

from naive_forecast_metrics import mape, naive_forecast, rmse


def expect_value_error(what: str, call) -> None:
    try:
        call()
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {what}")


def test_naive_forecast_is_the_previous_value():
    got = naive_forecast([100.0, 102.0, 101.0, 103.0], test_start=1)
    assert got == [100.0, 102.0, 101.0], (
        f"closes 100, 102, 101, 103: the forecasts for days 2-4 are 100, 102, 101, got {got}"
    )


def test_first_test_day_uses_the_last_training_value():
    got = naive_forecast([20.0, 22.0, 21.0, 24.0, 24.0], test_start=2)
    assert got == [22.0, 21.0, 24.0], (
        f"the test period is positions 2-4; its first forecast is position 1's value 22. Got {got}"
    )


def test_rmse_and_mape_on_the_worked_example():
    actual, forecast = [21.0, 24.0, 24.0], [22.0, 21.0, 24.0]
    got = rmse(actual, forecast)
    assert math.isclose(got, math.sqrt(10 / 3), rel_tol=1e-12), f"errors -1, 3, 0 give sqrt(10/3) ≈ 1.8257, got {got}"
    got = mape(actual, forecast)
    assert math.isclose(got, 100 / 3 * (1 / 21 + 3 / 24), rel_tol=1e-12), (
        f"expected 100/3 · (1/21 + 3/24) ≈ 5.754 (a percentage, not a fraction), got {got}"
    )


def test_lesson_prices():
    series = [100.0, 102.0, 101.0, 103.0]
    forecast = naive_forecast(series, 1)
    assert math.isclose(rmse(series[1:], forecast), math.sqrt(3), rel_tol=1e-12), "errors 2, -1, 2 give RMSE sqrt(3)"
    expected = 100 / 3 * (2 / 102 + 1 / 101 + 2 / 103)
    assert math.isclose(mape(series[1:], forecast), expected, rel_tol=1e-12), f"expected MAPE ≈ {expected:.4f}%"


def test_perfect_forecast_scores_zero():
    assert rmse([5.0, 6.0], [5.0, 6.0]) == 0.0, "a perfect forecast has RMSE 0"
    assert mape([5.0, 6.0], [5.0, 6.0]) == 0.0, "a perfect forecast has MAPE 0"


def test_rmse_weighs_large_errors_more():
    got = rmse([0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 4.0])
    assert math.isclose(got, 2.0), (
        f"one error of 4 among four points gives sqrt(16/4) = 2 (the mean absolute error would be 1), got {got}"
    )


def test_mape_divides_by_the_actual_value():
    assert math.isclose(mape([100.0], [50.0]), 50.0), "truth 100, forecast 50: 50% error"
    got = mape([50.0], [100.0])
    assert math.isclose(got, 100.0), f"truth 50, forecast 100: 100% error (divide by the actual value), got {got}"


def test_mape_is_undefined_for_a_zero_actual_value():
    expect_value_error("an actual value of 0 in mape", lambda: mape([10.0, 0.0, 5.0], [9.0, 1.0, 5.0]))
    assert math.isclose(rmse([10.0, 0.0], [9.0, 1.0]), 1.0), "RMSE is fine with a 0 actual value"


def test_invalid_arguments_raise_value_error():
    series = [1.0, 2.0, 3.0]
    expect_value_error("test_start 0 (no earlier value)", lambda: naive_forecast(series, 0))
    expect_value_error("test_start equal to the length (empty test period)", lambda: naive_forecast(series, 3))
    expect_value_error("lists of different lengths in rmse", lambda: rmse([1.0, 2.0], [1.0]))
    expect_value_error("empty lists in mape", lambda: mape([], []))
    assert series == [1.0, 2.0, 3.0], "the series must not change"
