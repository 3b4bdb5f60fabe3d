import numpy as np

from bias_variance_estimate import bias_variance


def sine_sets(m: int, n: int, sigma: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """m training sets of n points at the same x positions, with fresh noise each time."""
    rng = np.random.default_rng(seed)
    x_sets = np.tile(np.linspace(0.0, 1.0, n), (m, 1))
    y_sets = np.sin(2 * np.pi * x_sets) + rng.normal(0.0, sigma, size=(m, n))
    return x_sets, y_sets


def test_hand_example_with_constant_fits():
    # Degree 0 fits the mean of y: the three sets predict 1, 3 and 5 everywhere.
    x_sets = np.array([[0.0, 1.0], [0.0, 1.0], [0.0, 1.0]])
    y_sets = np.array([[0.0, 2.0], [3.0, 3.0], [4.0, 6.0]])
    bias_sq, variance = bias_variance(x_sets, y_sets, np.array([0.5]), np.array([2.0]), 0)
    assert abs(bias_sq - 1.0) < 1e-9, (
        f"the average prediction is 3 and the truth 2, so bias² = 1; got {bias_sq}"
    )
    assert abs(variance - 8 / 3) < 1e-9, (
        "the predictions 1, 3, 5 spread around their mean 3 with variance (4 + 0 + 4) / 3 = 8/3; "
        f"got {variance}" + (" — that is dividing by m - 1 instead of m" if abs(variance - 4) < 1e-9 else "")
    )
    assert isinstance(bias_sq, float) and isinstance(variance, float), "return two plain floats"


def test_bias_is_squared_before_averaging_over_test_points():
    # Constant fits predict 2 everywhere; the truth is 1 at one test point and 3 at the other.
    x_sets = np.array([[0.0, 1.0], [0.0, 1.0]])
    y_sets = np.array([[2.0, 2.0], [1.0, 3.0]])
    bias_sq, _ = bias_variance(x_sets, y_sets, np.array([0.0, 1.0]), np.array([1.0, 3.0]), 0)
    assert abs(bias_sq - 1.0) < 1e-9, (
        "the model misses by -1 at one point and +1 at the other, so bias² is 1 at each and "
        f"1 on average; got {bias_sq} (0 means the misses were averaged before squaring)"
    )


def test_bias_squared_plus_variance_is_mean_squared_distance_from_truth():
    x_sets, y_sets = sine_sets(m=30, n=15, sigma=0.3, seed=1)
    x_test = np.linspace(0.05, 0.95, 20)
    f_test = np.sin(2 * np.pi * x_test)
    bias_sq, variance = bias_variance(x_sets, y_sets, x_test, f_test, 3)
    preds = np.array([np.polyval(np.polyfit(x, y, 3), x_test) for x, y in zip(x_sets, y_sets)])
    mse = np.mean((preds - f_test) ** 2)
    assert abs(bias_sq + variance - mse) < 1e-9, (
        f"bias² + variance should equal the mean of (prediction - f)² over sets and points, "
        f"{mse:.6f}; got {bias_sq:.6f} + {variance:.6f} = {bias_sq + variance:.6f}"
    )


def test_exact_fits_of_a_line_have_no_bias_and_no_variance():
    x_sets = np.array([[0.0, 1.0, 2.0], [1.0, 3.0, 4.0], [-1.0, 0.5, 5.0]])
    y_sets = 2 * x_sets + 1  # no noise: every degree-1 fit recovers y = 2x + 1
    x_test = np.array([-2.0, 0.0, 10.0])
    bias_sq, variance = bias_variance(x_sets, y_sets, x_test, 2 * x_test + 1, 1)
    assert bias_sq < 1e-12 and variance < 1e-12, (
        f"noise-free lines fitted with degree 1 should give bias² = variance = 0, got "
        f"{bias_sq:.3g} and {variance:.3g}"
    )


def test_rigid_models_have_bias_flexible_models_have_variance():
    x_sets, y_sets = sine_sets(m=100, n=20, sigma=0.3, seed=2)
    x_test = np.linspace(0.05, 0.95, 30)
    f_test = np.sin(2 * np.pi * x_test)
    b1, v1 = bias_variance(x_sets, y_sets, x_test, f_test, 1)
    b3, v3 = bias_variance(x_sets, y_sets, x_test, f_test, 3)
    b9, v9 = bias_variance(x_sets, y_sets, x_test, f_test, 9)
    assert b1 > 0.1 > b3 and b9 < b3, (
        f"a line cannot follow a sine wave: expected bias² to fall with the degree, got "
        f"{b1:.4f}, {b3:.4f}, {b9:.4f} for degrees 1, 3, 9"
    )
    assert v1 < v3 < v9, (
        f"more flexible fits follow the noise more: expected variance to rise with the degree, "
        f"got {v1:.4f}, {v3:.4f}, {v9:.4f} for degrees 1, 3, 9"
    )


def test_inputs_are_not_modified():
    x_sets, y_sets = sine_sets(m=5, n=8, sigma=0.2, seed=3)
    x_test = np.linspace(0, 1, 4)
    f_test = np.sin(2 * np.pi * x_test)
    copies = [a.copy() for a in (x_sets, y_sets, x_test, f_test)]
    bias_variance(x_sets, y_sets, x_test, f_test, 2)
    for a, c in zip((x_sets, y_sets, x_test, f_test), copies):
        assert np.array_equal(a, c), "the input arrays must not change"


def test_bad_arguments_raise_value_error():
    x_sets, y_sets = sine_sets(m=4, n=6, sigma=0.2, seed=4)
    x_test = np.linspace(0, 1, 3)
    f_test = np.zeros(3)
    cases = [
        (x_sets, y_sets[:, :-1], x_test, f_test, 1, "x_sets and y_sets of different shapes"),
        (x_sets, y_sets, x_test, f_test[:-1], 1, "x_test and f_test of different lengths"),
        (x_sets[:1], y_sets[:1], x_test, f_test, 1, "a single training set"),
        (x_sets, y_sets, x_test, f_test, 6, "degree 6 with only 6 points per set"),
        (x_sets, y_sets, x_test, f_test, -1, "a negative degree"),
    ]
    for xs, ys, xt, ft, degree, why in cases:
        try:
            bias_variance(xs, ys, xt, ft, degree)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
