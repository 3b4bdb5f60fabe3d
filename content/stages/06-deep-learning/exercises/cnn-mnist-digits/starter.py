import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def build_model() -> nn.Module:
    """A small CNN: (batch, 1, 28, 28) images in [0, 1] -> (batch, 10) raw scores (logits)."""
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        # TODO: a second conv block, then flatten and a linear layer to 10 scores
    )


def train(model: nn.Module, images: torch.Tensor, labels: torch.Tensor) -> None:
    """Train model in place on images (n, 1, 28, 28), float32 in [0, 1], and labels (n,), int64."""
    raise NotImplementedError("a DataLoader, CrossEntropyLoss, an optimiser and a few epochs")
