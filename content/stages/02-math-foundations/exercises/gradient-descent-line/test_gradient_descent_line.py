import random

from gradient_descent_line import fit_line


def test_zero_epochs_returns_the_start():
    got = fit_line([1.0, 2.0], [3.0, 5.0], learning_rate=0.1, epochs=0)
    assert got == (0.0, 0.0), f"with no updates, (w, b) should still be (0, 0), got {got}"


def test_first_epoch_matches_hand_calculation():
    w, b = fit_line([1, 2, 3], [2, 4, 6], learning_rate=0.1, epochs=1)
    assert abs(w - 28 / 15) < 1e-12 and abs(b - 0.8) < 1e-12, (
        f"expected (1.8667, 0.8) after one epoch: dL/dw = (2/3)(-28), dL/db = (2/3)(-12). "
        f"Got ({w}, {b}); half of that means the factor 2 is missing"
    )


def test_updates_w_and_b_from_the_same_old_values():
    w, b = fit_line([1, 2, 3], [2, 4, 6], learning_rate=0.1, epochs=2)
    assert abs(w - 376 / 225) < 1e-12 and abs(b - 52 / 75) < 1e-12, (
        f"expected (1.6711, 0.6933) after two epochs, got ({w}, {b}). "
        "If b is wrong, it was probably computed from the already-updated w"
    )


def test_recovers_an_exact_line():
    xs = [0.0, 1.0, 2.0, 3.0, 4.0]
    ys = [2 * x + 1 for x in xs]
    w, b = fit_line(xs, ys, learning_rate=0.05, epochs=2000)
    assert abs(w - 2) < 1e-6 and abs(b - 1) < 1e-6, (
        f"points on y = 2x + 1 should give w = 2, b = 1, got ({w}, {b})"
    )


def test_horizontal_line_gives_zero_slope():
    w, b = fit_line([-2.0, -1.0, 0.0, 1.0, 2.0], [5.0] * 5, learning_rate=0.1, epochs=500)
    assert abs(w) < 1e-6 and abs(b - 5) < 1e-6, f"constant y = 5 should give (0, 5), got ({w}, {b})"


def test_noisy_data_matches_the_closed_form():
    rng = random.Random(0)
    xs = [rng.uniform(-2, 2) for _ in range(50)]
    ys = [-1.5 * x + 0.7 + rng.gauss(0, 0.3) for x in xs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    w_ls = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    b_ls = my - w_ls * mx
    w, b = fit_line(xs, ys, learning_rate=0.1, epochs=1000)
    assert abs(w - w_ls) < 1e-6 and abs(b - b_ls) < 1e-6, (
        f"expected the least-squares line ({w_ls:.6f}, {b_ls:.6f}), got ({w:.6f}, {b:.6f})"
    )


def test_mismatched_or_empty_input_raises_value_error():
    for xs, ys in (([1.0, 2.0], [1.0]), ([], [])):
        try:
            fit_line(xs, ys)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for xs={xs}, ys={ys}")
