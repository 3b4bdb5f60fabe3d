from collections.abc import Callable

import torch


def steps_to_threshold(
    loss_fn: Callable[[], torch.Tensor],
    optimizer: torch.optim.Optimizer,
    threshold: float,
    max_steps: int = 5000,
    scheduler=None,
) -> int | None:
    """Optimiser steps taken before loss_fn() first drops below threshold, or None.

    Before each step, compute the loss and return the steps taken so far if it is below
    threshold; return None if it is not finite or max_steps steps have been taken.
    A step is zero_grad, backward, optimizer.step(), then scheduler.step() if given.
    """
    raise NotImplementedError("check the loss, then zero_grad, backward, step")
