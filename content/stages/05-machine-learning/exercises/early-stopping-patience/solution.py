import math
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
    if max_epochs < 1:
        raise ValueError(f"max_epochs must be at least 1, got {max_epochs}")
    if patience < 1:
        raise ValueError(f"patience must be at least 1, got {patience}")
    if min_delta < 0:
        raise ValueError(f"min_delta must be >= 0, got {min_delta}")

    best_loss = math.inf
    best_epoch = 0
    bad_epochs = 0  # epochs in a row that did not beat the best
    epochs_run = 0
    for epoch in range(max_epochs):
        loss = val_loss(epoch)
        epochs_run += 1
        # Compare with the best so far, not the previous epoch: otherwise a slow
        # drift of tiny gains could run forever without ever beating min_delta.
        # NaN fails every comparison, so a diverged epoch is never an improvement.
        if loss < best_loss - min_delta:
            best_loss, best_epoch = loss, epoch
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                break  # stop now: do not train (call val_loss) any further
    # The caller restores the weights saved at best_epoch, not the last ones.
    return best_epoch, best_loss, epochs_run
