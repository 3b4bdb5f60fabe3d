import matplotlib

matplotlib.use("Agg")  # draw off-screen; no window is needed

from matplotlib.figure import Figure  # noqa: E402


def plot_training_curves(train_loss: list[float], val_loss: list[float]) -> Figure:
    """Return a Figure with one Axes showing both loss curves against the epoch number.

    Lines "train" then "validation" at x = 1..n, x label "epoch", y label
    "loss", title "Training and validation loss", and a legend. Raises
    ValueError if a list is empty or the lengths differ.
    """
    raise NotImplementedError("make a Figure with one Axes, plot two labelled lines, add labels")
