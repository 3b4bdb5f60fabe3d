from pathlib import Path

import torch
from torch import nn


def save_weights(model: nn.Module, path: str | Path) -> None:
    """Write model's state_dict to path, creating missing folders."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Only the tensors, by name: no pickled class, so the file survives refactoring.
    torch.save(model.state_dict(), path)


def load_weights(model: nn.Module, path: str | Path) -> nn.Module:
    """Load the state_dict at path into model (a freshly built model of the same
    architecture), switch it to evaluation mode and return it."""
    # map_location="cpu": tensors saved from a GPU are loaded onto the CPU.
    state = torch.load(Path(path), map_location="cpu")
    model.load_state_dict(state)  # strict=True: every name and shape must match
    model.eval()  # dropout off, batch norm uses its running statistics
    return model
