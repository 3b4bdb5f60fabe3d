from collections.abc import Callable

from torch import nn


def train_with_early_stopping(
    model: nn.Module,
    train_one_epoch: Callable[[nn.Module], None],
    validation_loss: Callable[[nn.Module], float],
    patience: int,
    max_epochs: int,
) -> dict:
    """Train until validation loss has not improved for `patience` epochs; restore the best weights.

    Epochs are numbered from 1; an epoch improves when its loss is strictly below the best.
    Returns {"best_epoch": int, "best_loss": float, "epochs_run": int}; afterwards the model
    holds the best epoch's weights (parameters and buffers).
    """
    raise NotImplementedError("train, validate, remember the best state, stop after `patience` bad epochs")
