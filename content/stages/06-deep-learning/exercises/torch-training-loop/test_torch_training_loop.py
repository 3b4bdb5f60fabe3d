import copy

import torch
from torch import nn

from torch_training_loop import train


def regression_data(n: int = 256, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, 3, generator=g)
    y = X @ torch.tensor([[2.0], [-3.0], [0.5]]) + 1 + 0.1 * torch.randn(n, 1, generator=g)
    return X, y


class Recorder(nn.Module):
    """A linear model that writes down what each forward call saw."""

    def __init__(self, d: int) -> None:
        super().__init__()
        self.linear = nn.Linear(d, 1)
        self.calls: list[tuple[bool, list[float]]] = []

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.calls.append((self.training, x[:, 0].tolist()))
        return self.linear(x)


def test_reaches_the_loss_target():
    torch.manual_seed(0)
    X, y = regression_data()
    losses = train(nn.Linear(3, 1), X, y, epochs=30, batch_size=32, lr=0.05)
    assert len(losses) == 30, f"expected one loss per epoch (30), got {len(losses)}"
    assert all(isinstance(v, float) for v in losses), "return Python floats (loss.item())"
    assert losses[-1] < 0.05, f"after 30 epochs the loss should be near the noise variance 0.01, got {losses[-1]:.4f}"
    assert losses[-1] < losses[0] / 10, f"the loss should fall a lot: first {losses[0]:.3f}, last {losses[-1]:.3f}"


def test_full_batch_steps_match_gradient_descent():
    torch.manual_seed(1)
    X, y = regression_data(n=40, seed=1)
    model = nn.Linear(3, 1)
    reference = copy.deepcopy(model)
    train(model, X, y, epochs=2, batch_size=40, lr=0.1)
    w, b = reference.weight.detach().clone(), reference.bias.detach().clone()
    for _ in range(2):  # two steps of gradient descent on the mean squared error
        residual = X @ w.T + b - y  # (n, 1)
        w = w - 0.1 * (2 / 40) * residual.T @ X
        b = b - 0.1 * (2 / 40) * residual.sum(dim=0)
    assert torch.allclose(model.weight, w, atol=1e-5) and torch.allclose(model.bias, b, atol=1e-5), (
        "with one batch per epoch, two epochs should be exactly two gradient-descent steps. If only the "
        "second step is off, optimiser.zero_grad() is missing: backward() adds to the old gradients"
    )


def test_every_example_once_per_epoch_in_a_new_order():
    torch.manual_seed(2)
    n = 100
    X = torch.cat([torch.arange(n, dtype=torch.float32)[:, None], torch.randn(n, 1)], dim=1)
    y = torch.randn(n, 1)
    model = Recorder(2)
    train(model, X, y, epochs=2, batch_size=32, lr=0.0)
    sizes = [len(ids) for _, ids in model.calls]
    assert sizes == [32, 32, 32, 4] * 2, f"100 examples in batches of 32 should give [32, 32, 32, 4] per epoch, got {sizes}"
    first = [i for _, ids in model.calls[:4] for i in ids]
    second = [i for _, ids in model.calls[4:] for i in ids]
    assert sorted(first) == list(range(n)) and sorted(second) == list(range(n)), "each epoch must see every example exactly once"
    assert first != list(range(n)), "the batches came in the data's order: pass shuffle=True to the DataLoader"
    assert first != second, "both epochs used the same order: let the DataLoader shuffle (it reshuffles every epoch)"


def test_model_is_put_in_training_mode():
    X, y = regression_data(n=20)
    model = Recorder(3)
    model.eval()  # the caller left it in evaluation mode
    train(model, X, y, epochs=2, batch_size=10, lr=0.01)
    assert model.calls and all(training for training, _ in model.calls), (
        "some batches ran in evaluation mode: call model.train() at the start of every epoch"
    )


def test_epoch_loss_is_the_mean_over_examples():
    torch.manual_seed(3)
    X, y = regression_data(n=100, seed=3)
    model = nn.Linear(3, 1)
    with torch.no_grad():
        want = float(((model(X) - y) ** 2).mean())
    losses = train(model, X, y, epochs=2, batch_size=32, lr=0.0)  # lr 0: the model never changes
    assert all(abs(v - want) < 1e-4 for v in losses), (
        f"with lr=0 each epoch's loss should equal the loss on all 100 examples, {want:.5f}; got {losses}. "
        "Weight each batch's loss by its size: the last batch has only 4 examples"
    )


def test_trains_the_given_model_in_place():
    torch.manual_seed(4)
    X, y = regression_data(n=64, seed=4)
    model = nn.Linear(3, 1)
    before = model.weight.detach().clone()
    train(model, X, y, epochs=3, batch_size=16, lr=0.05)
    assert not torch.equal(model.weight, before), "the model's weights did not change: train the model you were given"
