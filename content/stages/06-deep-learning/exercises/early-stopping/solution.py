import copy
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
    if patience < 1:
        raise ValueError(f"patience must be at least 1, got {patience}")
    if max_epochs < 1:
        raise ValueError(f"max_epochs must be at least 1, got {max_epochs}")

    best_loss = float("inf")
    best_epoch = 0
    best_state = None
    epochs_without_improvement = 0
    epochs_run = 0
    for epoch in range(1, max_epochs + 1):
        train_one_epoch(model)
        loss = float(validation_loss(model))
        epochs_run = epoch
        if loss < best_loss:
            best_loss, best_epoch = loss, epoch
            # state_dict() holds references to the live tensors; deepcopy takes a snapshot
            # (parameters and buffers) that later training cannot touch.
            best_state = copy.deepcopy(model.state_dict())
            epochs_without_improvement = 0
        else:
            epochs_without_improvement += 1
            if epochs_without_improvement >= patience:
                break

    if best_state is not None:
        model.load_state_dict(best_state)
    return {"best_epoch": best_epoch, "best_loss": best_loss, "epochs_run": epochs_run}
