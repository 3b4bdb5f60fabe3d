import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train(model: nn.Module, X: torch.Tensor, y: torch.Tensor, *,
          epochs: int, batch_size: int, lr: float) -> list[float]:
    """Train model in place to predict y from X with mean squared error.

    Returns one number per epoch: the mean loss over that epoch's examples,
    computed on each batch as it was trained on.
    """
    loader = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True)
    loss_fn = nn.MSELoss()
    optimiser = torch.optim.SGD(model.parameters(), lr=lr)
    history: list[float] = []
    for _ in range(epochs):
        # TODO: put the model in training mode, then loop over the batches:
        # zero the gradients, compute the loss, backpropagate, step.
        raise NotImplementedError("the four lines per batch, and the epoch's mean loss")
    return history
