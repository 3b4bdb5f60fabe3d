from typing import Callable

import torch


def minimise(f: Callable[[torch.Tensor], torch.Tensor], x0: torch.Tensor,
             lr: float, steps: int) -> tuple[torch.Tensor, list[float]]:
    """Run `steps` steps of gradient descent on f, starting from x0.

    Each step: x <- x - lr * (gradient of f at x). Returns the final x (a tensor
    that does not require grad) and the list of f(x) values computed before each
    step, as Python floats (length `steps`).
    """
    # A new leaf tensor that autograd tracks; x0 itself is left alone.
    x = x0.detach().clone().requires_grad_(True)
    losses: list[float] = []
    for _ in range(steps):
        loss = f(x)
        losses.append(loss.item())  # a float: keeping the tensor would keep its graph alive
        loss.backward()  # fills x.grad with d loss / d x
        with torch.no_grad():  # the update is not part of the function being differentiated
            x -= lr * x.grad  # in place, so x stays the same leaf
        x.grad.zero_()  # backward() ADDS to .grad: reset it, or the next step sums old gradients
    return x.detach(), losses
