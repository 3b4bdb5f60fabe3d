import numpy as np

from bias_variance_estimate import bias_variance


def reference(x_sets, y_sets, x_test, f_test, degree):
    preds = np.array([np.polyval(np.polyfit(x, y, degree), x_test) for x, y in zip(x_sets, y_sets)])
    return np.mean((preds.mean(axis=0) - f_test) ** 2), np.mean(preds.var(axis=0))


def test_matches_reference_on_random_designs():
    rng = np.random.default_rng(11)
    x_sets = rng.uniform(-1, 1, size=(25, 12))  # each set has its own x positions
    y_sets = x_sets**3 - x_sets + rng.normal(0, 0.1, size=x_sets.shape)
    x_test = np.linspace(-0.9, 0.9, 17)
    f_test = x_test**3 - x_test
    for degree in (0, 1, 2, 5):
        got = bias_variance(x_sets, y_sets, x_test, f_test, degree)
        want = reference(x_sets, y_sets, x_test, f_test, degree)
        assert np.allclose(got, want, atol=1e-10), (
            f"degree {degree}: expected (bias², variance) = {want}, got {got}"
        )


def test_two_sets_by_hand():
    # Degree-1 fits through two points each: y = x and y = x + 2, so at x0 = 0 they predict 0 and 2.
    x_sets = np.array([[0.0, 1.0], [0.0, 1.0]])
    y_sets = np.array([[0.0, 1.0], [2.0, 3.0]])
    bias_sq, variance = bias_variance(x_sets, y_sets, np.array([0.0]), np.array([3.0]), 1)
    assert abs(bias_sq - 4.0) < 1e-9 and abs(variance - 1.0) < 1e-9, (
        f"mean prediction 1 vs truth 3 gives bias² 4; spread of 0 and 2 gives variance 1; "
        f"got {bias_sq}, {variance}"
    )
