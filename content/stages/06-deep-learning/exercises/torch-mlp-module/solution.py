import torch
from torch import nn


class MLP(nn.Module):
    """Linear -> ReLU -> ... -> Linear, with one hidden layer per entry of hidden_sizes."""

    def __init__(self, in_features: int, hidden_sizes: list[int], out_features: int) -> None:
        super().__init__()  # sets up the registries that parameters() and state_dict() read
        sizes = [in_features, *hidden_sizes, out_features]
        layers: list[nn.Module] = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        # Drop the last ReLU: the output layer returns raw scores (logits).
        # nn.Sequential registers every layer; a plain list would hide them from PyTorch.
        self.net = nn.Sequential(*layers[:-1])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (batch, in_features) -> (batch, out_features) raw scores (no final activation)."""
        return self.net(x)


def count_parameters(model: nn.Module) -> int:
    """The number of trainable numbers (weights and biases) in model."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
