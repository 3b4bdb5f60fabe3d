import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train(model: nn.Module, X: torch.Tensor, y: torch.Tensor, *,
          epochs: int, batch_size: int, lr: float) -> list[float]:
    """Train model in place to predict y from X with mean squared error.

    Returns one number per epoch: the mean loss over that epoch's examples,
    computed on each batch as it was trained on.
    """
    # shuffle=True draws a new order every epoch, so batches differ from epoch to epoch.
    loader = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True)
    loss_fn = nn.MSELoss()  # mean over the batch
    optimiser = torch.optim.SGD(model.parameters(), lr=lr)  # created once, outside the loop
    history: list[float] = []
    for _ in range(epochs):
        model.train()  # training mode: matters for dropout and batch norm layers
        total = 0.0
        for xb, yb in loader:
            optimiser.zero_grad()  # clear the gradients the last step left in .grad
            loss = loss_fn(model(xb), yb)
            loss.backward()  # fill .grad of every parameter
            optimiser.step()  # p <- p - lr * p.grad for each parameter
            total += loss.item() * len(xb)  # weight by batch size: the last batch may be short
        history.append(total / len(X))
    return history
