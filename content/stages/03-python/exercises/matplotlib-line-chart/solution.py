import matplotlib

matplotlib.use("Agg")  # draw off-screen; no window is needed

from matplotlib.figure import Figure  # noqa: E402


def plot_training_curves(train_loss: list[float], val_loss: list[float]) -> Figure:
    """Return a Figure with one Axes showing both loss curves against the epoch number.

    Lines "train" then "validation" at x = 1..n, x label "epoch", y label
    "loss", title "Training and validation loss", and a legend. Raises
    ValueError if a list is empty or the lengths differ.
    """
    if not train_loss or not val_loss:
        raise ValueError("both loss lists need at least one value")
    if len(train_loss) != len(val_loss):
        raise ValueError(
            f"got {len(train_loss)} training losses but {len(val_loss)} validation losses"
        )

    # Without explicit x values, plot() would number the points 0..n-1.
    epochs = list(range(1, len(train_loss) + 1))

    # A Figure made directly is not registered with pyplot, so it is freed
    # like any other object once nobody refers to it.
    fig = Figure(figsize=(6, 4))
    ax = fig.add_subplot()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set_xlabel("epoch")
    ax.set_ylabel("loss")
    ax.set_title("Training and validation loss")
    ax.legend()  # uses the labels given to plot()
    return fig
