from typing import Callable

import torch


def minimise(f: Callable[[torch.Tensor], torch.Tensor], x0: torch.Tensor,
             lr: float, steps: int) -> tuple[torch.Tensor, list[float]]:
    """Run `steps` steps of gradient descent on f, starting from x0.

    Each step: x <- x - lr * (gradient of f at x). Returns the final x (a tensor
    that does not require grad) and the list of f(x) values computed before each
    step, as Python floats (length `steps`).
    """
    x = x0.detach().clone().requires_grad_(True)
    losses: list[float] = []
    for _ in range(steps):
        loss = f(x)
        losses.append(loss.item())
        # TODO: compute the gradient, then update x without recording the update
        raise NotImplementedError("call backward, update x under torch.no_grad(), reset x.grad")
    return x.detach(), losses
