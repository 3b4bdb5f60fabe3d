import torch
from torch import nn


def evaluate(model: nn.Module, X: torch.Tensor, y: torch.Tensor) -> float:
    """Classification accuracy of model on (X, y), in eval mode and without gradients.

    Prediction = argmax of each row of model(X). Afterwards every submodule has the
    .training flag it had before, even if the forward pass raised.
    """
    if len(X) != len(y):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} labels")
    if len(X) == 0:
        raise ValueError("cannot evaluate on an empty set")
    # Each submodule's own flag: a frozen batch-norm layer may be in eval mode on purpose.
    modes = {module: module.training for module in model.modules()}
    model.eval()  # dropout off; batch norm uses (and does not update) its running statistics
    try:
        with torch.no_grad():  # no graph: evaluation never calls backward()
            predictions = model(X).argmax(dim=1)
            return (predictions == y).float().mean().item()
    finally:
        # Runs on return and on an exception alike.
        for module, was_training in modes.items():
            module.training = was_training
