# Hidden tests: other data, learning rates and epoch counts checked against the update rule in
# exact fractions, a single point, a negative slope, the least-squares line for other noisy data.
import random
from fractions import Fraction

from gradient_descent_line import fit_line


def exact_descent(xs, ys, learning_rate, epochs):
    """The README's batch update in exact arithmetic, so rounding cannot hide a wrong formula."""
    xs = [Fraction(x) for x in xs]
    ys = [Fraction(y) for y in ys]
    lr = Fraction(learning_rate)
    n = len(xs)
    w = b = Fraction(0)
    for _ in range(epochs):
        errors = [w * x + b - y for x, y in zip(xs, ys)]
        grad_w = Fraction(2, n) * sum(e * x for e, x in zip(errors, xs))
        grad_b = Fraction(2, n) * sum(errors)
        w, b = w - lr * grad_w, b - lr * grad_b
    return float(w), float(b)


def test_first_epochs_on_other_data():
    xs, ys = [-1, 0, 2, 5], [3, 1, -2, -9]
    for lr, epochs in ((0.05, 1), (0.05, 3), (0.02, 5)):
        w, b = fit_line(xs, ys, learning_rate=lr, epochs=epochs)
        ew, eb = exact_descent(xs, ys, lr, epochs)
        assert abs(w - ew) < 1e-12 and abs(b - eb) < 1e-12, (
            f"after {epochs} epoch(s) with learning rate {lr} expected ({ew:.10f}, {eb:.10f}), "
            f"got ({w:.10f}, {b:.10f}); both gradients come from the old (w, b) and carry the factor 2/n"
        )


def test_a_single_point_first_step():
    w, b = fit_line([2.0], [3.0], learning_rate=0.1, epochs=1)
    # error -3: dL/dw = 2·(-3)·2 = -12, dL/db = 2·(-3) = -6
    assert abs(w - 1.2) < 1e-12 and abs(b - 0.6) < 1e-12, (
        f"one point (2, 3), one epoch at 0.1: expected (1.2, 0.6), got ({w}, {b})"
    )


def test_recovers_a_decreasing_line():
    xs = [-3.0, -1.0, 0.5, 2.0, 4.0]
    ys = [-0.5 * x + 4 for x in xs]
    w, b = fit_line(xs, ys, learning_rate=0.05, epochs=3000)
    assert abs(w + 0.5) < 1e-6 and abs(b - 4) < 1e-6, (
        f"points on y = -0.5x + 4 should give (-0.5, 4), got ({w}, {b})"
    )


def test_other_noisy_data_lands_on_least_squares():
    rng = random.Random(17)
    xs = [rng.uniform(0, 3) for _ in range(40)]
    ys = [0.8 * x - 2.0 + rng.gauss(0, 0.5) for x in xs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    w_ls = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    b_ls = my - w_ls * mx
    w, b = fit_line(xs, ys, learning_rate=0.1, epochs=3000)
    assert abs(w - w_ls) < 1e-6 and abs(b - b_ls) < 1e-6, (
        f"expected the least-squares line ({w_ls:.6f}, {b_ls:.6f}), got ({w:.6f}, {b:.6f})"
    )


def test_zero_epochs_and_bad_lengths():
    got = fit_line([5.0, -1.0, 2.0], [0.0, 4.0, 1.0], learning_rate=0.3, epochs=0)
    assert got == (0.0, 0.0), f"zero epochs should return the start (0.0, 0.0), got {got}"
    for xs, ys in (([1.0], [1.0, 2.0]), ([1.0, 2.0, 3.0], [])):
        try:
            fit_line(xs, ys)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {len(xs)} xs and {len(ys)} ys")
