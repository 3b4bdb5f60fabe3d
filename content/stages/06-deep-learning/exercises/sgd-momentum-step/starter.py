import torch


def sgd_momentum_step(
    params: list[torch.Tensor], velocities: list[torch.Tensor], lr: float, momentum: float = 0.9
) -> None:
    """One SGD-with-momentum step, in place, for every parameter whose .grad is not None.

    For each pair (p, v): v <- momentum * v + p.grad, then p <- p - lr * v.
    Both p and v are changed in place; parameters without a gradient are skipped.
    """
    raise NotImplementedError("update each velocity, then each parameter, in place")
