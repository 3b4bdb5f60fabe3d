import math
import random
import statistics

from pearson_correlation import pearson


def test_worked_example():
    got = pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
    assert math.isclose(got, 6 / math.sqrt(60), rel_tol=1e-9), (
        f"expected 6 / sqrt(10 * 6) = 0.7746, got {got}"
    )


def test_perfect_lines_give_plus_and_minus_one():
    up = pearson([1, 2, 3, 4], [10, 20, 30, 40])
    down = pearson([1, 2, 3, 4], [8, 6, 4, 2])
    assert math.isclose(up, 1.0, abs_tol=1e-12), f"a rising straight line should give 1, got {up}"
    assert math.isclose(down, -1.0, abs_tol=1e-12), (
        f"a falling straight line should give -1, got {down}"
    )


def test_shifting_and_scaling_do_not_change_r():
    celsius = [12.0, 15.5, 9.0, 21.0, 18.5]
    sales = [30.0, 41.0, 22.0, 60.0, 49.0]
    fahrenheit = [c * 9 / 5 + 32 for c in celsius]
    a, b = pearson(celsius, sales), pearson(fahrenheit, sales)
    assert math.isclose(a, b, rel_tol=1e-9), (
        f"r should not depend on the temperature unit: Celsius gave {a}, Fahrenheit {b}"
    )
    assert math.isclose(pearson(sales, celsius), a, rel_tol=1e-12), "r(x, y) should equal r(y, x)"


def test_u_shape_has_zero_correlation():
    got = pearson([-2, -1, 0, 1, 2], [4, 1, 0, 1, 4])
    assert math.isclose(got, 0.0, abs_tol=1e-12), (
        f"y = x^2 on a symmetric range has no linear trend, so r should be 0, got {got}"
    )


def test_result_stays_within_minus_one_and_one():
    rng = random.Random(1)
    for _ in range(200):
        x = [rng.uniform(-1e3, 1e3) for _ in range(7)]
        scale = rng.uniform(0.1, 10)
        got = pearson(x, [scale * v for v in x])
        assert -1.0 <= got <= 1.0, f"r must lie in [-1, 1], got {got!r}; clamp rounding errors"


def test_large_close_values_keep_their_precision():
    x = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]
    got = pearson(x, [1.0, 2.0, 3.0, 4.0])
    assert math.isclose(got, 1.0, abs_tol=1e-9), (
        f"x is 1, 2, 3, 4 shifted by a billion, so r should be 1, got {got}; subtract the means "
        "before multiplying"
    )


def test_matches_the_statistics_module_on_random_data():
    rng = random.Random(0)
    x = [rng.gauss(0, 1) for _ in range(50)]
    y = [0.6 * a + rng.gauss(0, 1) for a in x]
    got, want = pearson(x, y), statistics.correlation(x, y)
    assert math.isclose(got, want, rel_tol=1e-9), (
        f"expected {want} (statistics.correlation), got {got}"
    )


def test_invalid_inputs_raise_value_error():
    cases = [
        (([1, 2, 3], [1, 2]), "lengths 3 and 2 differ"),
        (([1], [2]), "one pair is not enough"),
        (([5, 5, 5], [1, 2, 3]), "x is constant"),
        (([1, 2, 3], [4, 4, 4]), "y is constant"),
    ]
    for args, why in cases:
        try:
            pearson(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {args}: {why}")
