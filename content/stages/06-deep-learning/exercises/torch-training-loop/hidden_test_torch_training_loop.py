# Hidden tests: other data sizes, batch sizes, learning rates and a two-output model than the visible
# ones; full-batch epochs against gradient descent done here, batch sizes, modes and the epoch mean.
import copy

import torch
from torch import nn

from torch_training_loop import train


class Recorder(nn.Module):
    """A linear model with dropout that notes each batch's mode and the ids in its first column."""

    def __init__(self, d, out=1):
        super().__init__()
        self.linear = nn.Linear(d, out)
        self.dropout = nn.Dropout(0.0)
        self.calls = []

    def forward(self, x):
        self.calls.append((self.training, self.dropout.training, x[:, 0].tolist()))
        return self.dropout(self.linear(x))


def test_full_batch_epochs_with_two_outputs_match_gradient_descent():
    g = torch.Generator().manual_seed(21)
    X = torch.randn(30, 4, generator=g)
    Y = torch.randn(30, 2, generator=g)
    torch.manual_seed(21)
    model = nn.Linear(4, 2)
    reference = copy.deepcopy(model)
    losses = train(model, X, Y, epochs=3, batch_size=50, lr=0.2)  # batch_size > n: one batch per epoch
    want_losses = []
    for _ in range(3):
        loss = ((reference(X) - Y) ** 2).mean()
        want_losses.append(loss.item())
        grads = torch.autograd.grad(loss, list(reference.parameters()))
        with torch.no_grad():
            for p, grad in zip(reference.parameters(), grads):
                p -= 0.2 * grad
    assert torch.allclose(model.weight, reference.weight, atol=1e-5) and torch.allclose(model.bias, reference.bias, atol=1e-5), (
        "one batch per epoch: three epochs should be exactly three gradient-descent steps on the MSE over both outputs"
    )
    assert all(abs(a - b) < 1e-5 for a, b in zip(losses, want_losses)), (
        f"each epoch's loss is the loss of its one batch before the step: expected {want_losses}, got {losses}"
    )


def test_batches_cover_every_example_once_with_a_short_last_batch():
    torch.manual_seed(5)
    n = 23
    X = torch.cat([torch.arange(n, dtype=torch.float32)[:, None], torch.randn(n, 2)], dim=1)
    y = torch.randn(n, 1)
    model = Recorder(3)
    losses = train(model, X, y, epochs=3, batch_size=5, lr=0.0)
    assert len(losses) == 3 and all(isinstance(v, float) for v in losses), f"expected three Python floats, got {losses}"
    sizes = [len(ids) for _, _, ids in model.calls]
    assert sizes == [5, 5, 5, 5, 3] * 3, f"23 examples in batches of 5 give [5, 5, 5, 5, 3] per epoch, got {sizes}"
    for epoch in range(3):
        seen = sorted(i for _, _, ids in model.calls[epoch * 5:(epoch + 1) * 5] for i in ids)
        assert seen == list(range(n)), f"epoch {epoch + 1} should see every example exactly once"


def test_epoch_loss_weights_a_short_last_batch_by_its_size():
    g = torch.Generator().manual_seed(8)
    X = torch.randn(30, 2, generator=g)
    y = torch.randn(30, 1, generator=g) * 3
    torch.manual_seed(8)
    model = nn.Linear(2, 1)
    with torch.no_grad():
        want = ((model(X) - y) ** 2).mean().item()
    losses = train(model, X, y, epochs=3, batch_size=7, lr=0.0)  # batches of 7, 7, 7, 7, 2
    assert all(abs(v - want) < 1e-4 for v in losses), (
        f"with lr=0 every epoch's loss equals the loss over all 30 examples, {want:.5f}; got {losses}"
    )


def test_every_epoch_runs_in_training_mode_and_the_loss_falls():
    g = torch.Generator().manual_seed(2)
    X = torch.randn(64, 3, generator=g)
    y = X @ torch.tensor([[1.0], [0.5], [-2.0]]) - 0.5
    torch.manual_seed(2)
    model = Recorder(3)
    model.eval()
    losses = train(model, X, y, epochs=15, batch_size=16, lr=0.1)
    assert all(training and dropout for training, dropout, _ in model.calls), (
        "every batch should run in training mode, submodules included: call model.train() at the start of each epoch"
    )
    assert losses[-1] < losses[0] / 20, f"on noise-free data the loss should fall a lot: first {losses[0]:.4f}, last {losses[-1]:.4f}"
