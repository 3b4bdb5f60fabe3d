import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def build_model() -> nn.Module:
    """A small CNN: (batch, 1, 28, 28) images in [0, 1] -> (batch, 10) logits."""
    return nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),  # 16 x 28 x 28; "same" padding keeps the size
        nn.ReLU(),
        nn.MaxPool2d(2),  # 16 x 14 x 14
        nn.Conv2d(16, 32, kernel_size=3, padding=1),  # 32 x 14 x 14
        nn.ReLU(),
        nn.MaxPool2d(2),  # 32 x 7 x 7
        nn.Flatten(),  # 32 * 7 * 7 = 1568 features
        nn.Linear(32 * 7 * 7, 10),  # raw scores for the ten digits
    )


def train(model: nn.Module, images: torch.Tensor, labels: torch.Tensor) -> None:
    """Train model in place on images (n, 1, 28, 28) float32 in [0, 1] and labels (n,) int64."""
    loader = DataLoader(TensorDataset(images, labels), batch_size=64, shuffle=True)
    optimiser = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()  # takes the logits and the class indices
    for _ in range(4):  # four passes over 8,000 images: about 40 s on one CPU core
        model.train()
        for xb, yb in loader:
            optimiser.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimiser.step()
        # Halve the step size after each epoch: big steps early, then settle into a minimum
        # instead of bouncing around it (the accuracy of the last epoch is then steadier).
        for group in optimiser.param_groups:
            group["lr"] *= 0.5
