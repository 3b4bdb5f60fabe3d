import torch


def sgd_momentum_step(
    params: list[torch.Tensor], velocities: list[torch.Tensor], lr: float, momentum: float = 0.9
) -> None:
    """One SGD-with-momentum step, in place, for every parameter whose .grad is not None.

    For each pair (p, v): v <- momentum * v + p.grad, then p <- p - lr * v.
    Both p and v are changed in place; parameters without a gradient are skipped.
    """
    if len(params) != len(velocities):
        raise ValueError(f"{len(params)} parameters but {len(velocities)} velocities")
    # The update is not part of the model's computation: keep autograd out of it, or
    # in-place changes to a leaf that requires grad raise an error.
    with torch.no_grad():
        for p, v in zip(params, velocities):
            if p.grad is None:
                continue  # took no part in the loss: nothing to follow
            # Old gradients fade by `momentum`; the new one is added at full weight.
            v.mul_(momentum).add_(p.grad)
            # The current learning rate scales the whole velocity (PyTorch's convention).
            p.sub_(lr * v)
