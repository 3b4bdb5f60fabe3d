import torch
from torch import nn


class MLP(nn.Module):
    """Linear -> ReLU -> ... -> Linear, with one hidden layer per entry of hidden_sizes."""

    def __init__(self, in_features: int, hidden_sizes: list[int], out_features: int) -> None:
        super().__init__()
        sizes = [in_features, *hidden_sizes, out_features]
        # TODO: one nn.Linear per pair of neighbouring sizes, registered so PyTorch sees them
        self.layers = [nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (batch, in_features) -> (batch, out_features) raw scores (no final activation)."""
        raise NotImplementedError("apply the layers in order, with ReLU between them")


def count_parameters(model: nn.Module) -> int:
    """The number of trainable numbers (weights and biases) in model."""
    raise NotImplementedError("sum the sizes of the trainable parameters")
