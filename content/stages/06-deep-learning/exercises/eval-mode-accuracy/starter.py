import torch
from torch import nn


def evaluate(model: nn.Module, X: torch.Tensor, y: torch.Tensor) -> float:
    """Classification accuracy of model on (X, y), in eval mode and without gradients.

    Prediction = argmax of each row of model(X). Afterwards every submodule has the
    .training flag it had before, even if the forward pass raised.
    """
    logits = model(X)  # not finished: still in whatever mode the model is in, with gradients on
    return (logits.argmax(dim=1) == y).float().mean().item()
