import torch
from torch import nn


def prepare_for_transfer(model: nn.Sequential, n_classes: int, lr: float = 0.01) -> torch.optim.Optimizer:
    """Freeze every layer, replace the last nn.Linear with a new one for n_classes, return SGD over the head.

    model is changed in place. Raise ValueError if model[-1] is not an nn.Linear or n_classes < 1.
    """
    old_head = model[-1]
    if not isinstance(old_head, nn.Linear):
        raise ValueError(f"the last layer must be nn.Linear, got {type(old_head).__name__}")
    if n_classes < 1:
        raise ValueError(f"n_classes must be at least 1, got {n_classes}")

    # 1. Freeze everything that exists now: autograd will not compute gradients for these.
    for p in model.parameters():
        p.requires_grad = False
    # 2. The new head is created after freezing, so its parameters require gradients.
    model[-1] = nn.Linear(old_head.in_features, n_classes)
    # 3. Give the optimiser only what should change.
    trainable = [p for p in model.parameters() if p.requires_grad]
    return torch.optim.SGD(trainable, lr=lr)
