from collections.abc import Callable


def early_stopping(
    val_loss: Callable[[int], float],
    max_epochs: int,
    patience: int,
    min_delta: float = 0.0,
) -> tuple[int, float, int]:
    """Run epochs 0, 1, 2, ... and stop when the validation loss stops improving.

    val_loss(epoch) trains one more epoch and returns its validation loss; call it once per
    epoch, in order. An epoch improves if its loss < best - min_delta. Stop after `patience`
    epochs in a row without improvement, or after max_epochs epochs.
    Returns (best_epoch, best_loss, epochs_run). Raises ValueError if max_epochs < 1,
    patience < 1 or min_delta < 0.
    """
    best_epoch, best_loss = 0, float("inf")
    for epoch in range(max_epochs):
        loss = val_loss(epoch)
        if loss < best_loss:
            best_epoch, best_loss = epoch, loss
    return best_epoch, best_loss, max_epochs  # never stops early yet
