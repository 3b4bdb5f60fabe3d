import matplotlib

matplotlib.use("Agg")  # no display in the test runner

from matplotlib.figure import Figure  # noqa: E402

from matplotlib_line_chart import plot_training_curves  # noqa: E402

TRAIN = [0.9, 0.6, 0.45, 0.4]
VAL = [0.95, 0.7, 0.62, 0.66]


def only_axes(fig):
    assert isinstance(fig, Figure), f"expected a matplotlib Figure, got {type(fig).__name__}"
    assert len(fig.axes) == 1, f"expected exactly one Axes on the figure, got {len(fig.axes)}"
    return fig.axes[0]


def close_list(got, expected, tol=1e-12) -> bool:
    got = [float(v) for v in got]
    return len(got) == len(expected) and all(abs(a - b) < tol for a, b in zip(got, expected))


def test_returns_a_figure_with_one_axes_and_two_lines():
    ax = only_axes(plot_training_curves(TRAIN, VAL))
    lines = ax.get_lines()
    assert len(lines) == 2, f"expected two lines (train and validation), got {len(lines)}"


def test_lines_are_labelled_train_then_validation():
    ax = only_axes(plot_training_curves(TRAIN, VAL))
    labels = [line.get_label() for line in ax.get_lines()]
    assert labels == ["train", "validation"], (
        f"expected line labels ['train', 'validation'], got {labels}; pass label=... to plot()"
    )


def test_y_data_are_the_losses():
    ax = only_axes(plot_training_curves(TRAIN, VAL))
    train_line, val_line = ax.get_lines()
    assert close_list(train_line.get_ydata(), TRAIN), (
        f"the train line should plot {TRAIN}, got {list(train_line.get_ydata())}"
    )
    assert close_list(val_line.get_ydata(), VAL), (
        f"the validation line should plot {VAL}, got {list(val_line.get_ydata())}"
    )


def test_x_data_are_epochs_starting_at_one():
    ax = only_axes(plot_training_curves(TRAIN, VAL))
    for line in ax.get_lines():
        xs = list(line.get_xdata())
        assert close_list(xs, [1, 2, 3, 4]), (
            f"line '{line.get_label()}' should use epochs [1, 2, 3, 4] as x, got {xs}; "
            "[0, 1, 2, 3] means plot() numbered the points itself"
        )


def test_axis_labels_title_and_legend():
    ax = only_axes(plot_training_curves(TRAIN, VAL))
    assert ax.get_xlabel() == "epoch", f"expected x label 'epoch', got {ax.get_xlabel()!r}"
    assert ax.get_ylabel() == "loss", f"expected y label 'loss', got {ax.get_ylabel()!r}"
    assert ax.get_title() == "Training and validation loss", (
        f"expected title 'Training and validation loss', got {ax.get_title()!r}"
    )
    legend = ax.get_legend()
    assert legend is not None, "expected a legend; call ax.legend() after plotting"
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts == ["train", "validation"], (
        f"the legend should list ['train', 'validation'], got {texts}"
    )


def test_single_epoch_is_plotted_at_x_one():
    ax = only_axes(plot_training_curves([0.5], [0.55]))
    for line in ax.get_lines():
        assert close_list(line.get_xdata(), [1]), (
            f"one epoch should be plotted at x = 1, got {list(line.get_xdata())}"
        )


def test_separate_calls_give_separate_figures():
    first = plot_training_curves(TRAIN, VAL)
    second = plot_training_curves([1.0, 0.8], [1.1, 0.9])
    assert first is not second, "each call should create a new Figure"
    ax = only_axes(second)
    assert len(ax.get_lines()) == 2, (
        f"the second figure should have 2 lines, got {len(ax.get_lines())}; "
        "drawing on a shared, global Axes mixes the charts"
    )


def test_bad_inputs_raise_value_error():
    for train, val, why in [([], [], "empty lists"), ([0.5, 0.4], [0.6], "lengths 2 and 1")]:
        try:
            plot_training_curves(train, val)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
