# Hidden tests: other loss curves and lengths, the inputs left unchanged, more bad inputs, and
# figures that stay independent over several calls, so a chart fitted to the visible data fails.
import random

import matplotlib

matplotlib.use("Agg")  # no display in the test runner

from matplotlib.figure import Figure  # noqa: E402

from matplotlib_line_chart import plot_training_curves  # noqa: E402


def curves(n: int, seed: int):
    rng = random.Random(seed)
    train = [round(2.0 / (i + 1) + rng.uniform(0, 0.05), 4) for i in range(n)]
    val = [round(t + rng.uniform(0.01, 0.3), 4) for t in train]
    return train, val


def line_data(fig):
    assert isinstance(fig, Figure), f"expected a matplotlib Figure, got {type(fig).__name__}"
    assert len(fig.axes) == 1, f"expected exactly one Axes, got {len(fig.axes)}"
    return [
        (line.get_label(), [float(x) for x in line.get_xdata()], [float(y) for y in line.get_ydata()])
        for line in fig.axes[0].get_lines()
    ]


def close(a, b, tol=1e-12) -> bool:
    return len(a) == len(b) and all(abs(x - y) < tol for x, y in zip(a, b))


def test_other_lengths_plot_the_given_losses_against_epochs():
    for n, seed in ((7, 1), (2, 2), (25, 3)):
        train, val = curves(n, seed)
        got = line_data(plot_training_curves(train, val))
        assert [label for label, _, _ in got] == ["train", "validation"], (
            f"expected lines ['train', 'validation'], got {[label for label, _, _ in got]}"
        )
        epochs = list(range(1, n + 1))
        for (label, xs, ys), want in zip(got, (train, val)):
            assert close(xs, epochs), f"{n} epochs: line '{label}' should have x = 1..{n}, got {xs}"
            assert close(ys, want), f"line '{label}' should plot {want}, got {ys}"


def test_labels_title_and_legend_on_other_data():
    ax = plot_training_curves([3.0, 2.5, 2.4], [3.1, 2.9, 3.3]).axes[0]
    got = (ax.get_xlabel(), ax.get_ylabel(), ax.get_title())
    want = ("epoch", "loss", "Training and validation loss")
    assert got == want, f"expected x label, y label and title {want}, got {got}"
    legend = ax.get_legend()
    assert legend is not None, "expected a legend; call ax.legend() after plotting"
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts == ["train", "validation"], f"the legend should list ['train', 'validation'], got {texts}"


def test_input_lists_are_not_changed():
    train, val = [0.8, 0.5, 0.3], [0.9, 0.7, 0.75]
    plot_training_curves(train, val)
    assert train == [0.8, 0.5, 0.3] and val == [0.9, 0.7, 0.75], (
        f"the input lists changed to {train} and {val}"
    )


def test_earlier_figures_keep_their_own_data():
    first_train, first_val = curves(5, 10)
    first = plot_training_curves(first_train, first_val)
    plot_training_curves(*curves(3, 11))
    plot_training_curves(*curves(8, 12))
    got = line_data(first)
    assert len(got) == 2, f"the first figure should still have 2 lines, got {len(got)}"
    assert close(got[0][2], first_train) and close(got[1][2], first_val), (
        "later calls changed the first figure; each call should draw on its own new Figure"
    )


def test_more_bad_inputs_raise_value_error():
    cases = [
        ([], [0.4], "an empty train list"),
        ([0.4], [], "an empty validation list"),
        ([0.5], [0.6, 0.4], "lengths 1 and 2"),
        ([0.9, 0.8, 0.7], [0.9, 0.8], "lengths 3 and 2"),
    ]
    for train, val, why in cases:
        try:
            plot_training_curves(train, val)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
