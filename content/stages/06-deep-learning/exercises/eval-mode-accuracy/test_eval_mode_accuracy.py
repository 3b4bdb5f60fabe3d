import torch
from torch import nn

from eval_mode_accuracy import evaluate


def data(seed=0, n=200):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, 4, generator=g)
    y = (X[:, 0] + 0.5 * X[:, 1] > 0).long()
    return X, y


class GradProbe(nn.Module):
    """Records whether autograd was recording during its forward pass."""

    def __init__(self):
        super().__init__()
        self.grad_enabled = None

    def forward(self, x):
        self.grad_enabled = torch.is_grad_enabled()
        return x


class Broken(nn.Module):
    def forward(self, x):
        raise RuntimeError("shape mismatch")


def test_accuracy_of_a_fixed_linear_model():
    model = nn.Linear(2, 2)
    with torch.no_grad():
        model.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0]]))
        model.bias.zero_()
    X = torch.tensor([[2.0, 1.0], [0.0, 3.0], [5.0, -1.0], [1.0, 4.0]])
    y = torch.tensor([0, 1, 1, 1])  # predictions: 0, 1, 0, 1
    got = evaluate(model, X, y)
    assert isinstance(got, float), f"return a Python float (use .item()), got {type(got).__name__}"
    assert abs(got - 0.75) < 1e-9, f"predictions 0, 1, 0, 1 against labels 0, 1, 1, 1: expected 0.75, got {got}"


def test_dropout_is_off_so_results_repeat():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Dropout(0.5), nn.Linear(64, 2))
    model.train()
    X, y = data()
    results = {evaluate(model, X, y) for _ in range(5)}
    model.eval()
    with torch.no_grad():
        expected = (model(X).argmax(dim=1) == y).float().mean().item()
    assert results == {expected}, (
        f"five evaluations gave {sorted(results)}; in eval mode dropout is off, so every call should give {expected}. "
        "Call model.eval() before the forward pass."
    )


def test_batch_norm_running_statistics_do_not_change():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))
    model.train()
    bn = model[1]
    mean, var, batches = bn.running_mean.clone(), bn.running_var.clone(), bn.num_batches_tracked.clone()
    X, y = data(seed=1)
    evaluate(model, X + 3.0, y)  # a shifted batch: in training mode it would drag the running mean
    assert torch.equal(bn.running_mean, mean) and torch.equal(bn.running_var, var), (
        "evaluating changed batch norm's running statistics: in training mode every forward pass updates them. "
        "Switch to eval mode first."
    )
    assert torch.equal(bn.num_batches_tracked, batches), "batch norm counted the evaluation batch as a training batch"


def test_no_graph_is_built():
    probe = GradProbe()
    model = nn.Sequential(nn.Linear(4, 2), probe)
    X, y = data(n=10)
    evaluate(model, X, y)
    assert probe.grad_enabled is False, "run the forward pass inside `with torch.no_grad():`"
    assert torch.is_grad_enabled(), "gradient tracking must be switched back on afterwards (use the context manager)"


def test_training_mode_is_restored():
    model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.3), nn.Linear(8, 2))
    model.train()
    X, y = data(n=20)
    evaluate(model, X, y)
    assert model.training and all(m.training for m in model.modules()), (
        "the model arrived in training mode and must leave in training mode, or the next epoch trains without dropout"
    )


def test_eval_mode_is_kept():
    model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.3), nn.Linear(8, 2))
    model.eval()
    X, y = data(n=20)
    evaluate(model, X, y)
    assert not any(m.training for m in model.modules()), "a model that arrived in eval mode must stay in eval mode"


def test_mixed_modes_are_restored_module_by_module():
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.2), nn.Linear(8, 2))
    model.train()
    model[1].eval()  # a frozen batch-norm layer, as in fine-tuning
    X, y = data(n=20)
    evaluate(model, X, y)
    assert model.training and model[3].training, "the parts that were training must be training again"
    assert not model[1].training, (
        "the batch-norm layer was in eval mode before and must stay so; model.train(True) would wake it. "
        "Restore each submodule's own .training flag."
    )


def test_modes_are_restored_even_if_the_forward_pass_fails():
    model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.3), Broken())
    model.train()
    X, y = data(n=20)
    try:
        evaluate(model, X, y)
    except RuntimeError:
        pass
    else:
        raise AssertionError("the model's own error should reach the caller")
    assert all(m.training for m in model.modules()), (
        "after a failed forward pass the model was left in eval mode; restore the modes in a finally block"
    )


def test_rejects_mismatched_or_empty_inputs():
    model = nn.Linear(4, 2)
    X, y = data(n=10)
    for args in ((X, y[:5]), (X[:0], y[:0])):
        try:
            evaluate(model, *args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for X of {len(args[0])} rows and y of {len(args[1])}")
