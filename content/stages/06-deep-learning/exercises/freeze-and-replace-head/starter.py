import torch
from torch import nn


def prepare_for_transfer(model: nn.Sequential, n_classes: int, lr: float = 0.01) -> torch.optim.Optimizer:
    """Freeze every layer, replace the last nn.Linear with a new one for n_classes, return SGD over the head.

    model is changed in place. Raise ValueError if model[-1] is not an nn.Linear or n_classes < 1.
    """
    model[-1] = nn.Linear(model[-1].in_features, n_classes)
    # not finished: nothing is frozen, and the optimiser gets every parameter
    return torch.optim.SGD(model.parameters(), lr=lr)
