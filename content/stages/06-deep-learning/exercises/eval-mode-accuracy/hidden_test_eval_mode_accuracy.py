# Hidden tests: other models, class counts and data than the visible ones, accuracy checked against a
# count made here; modes restored in nested mixed models, also after an error, and other bad inputs.
import torch
from torch import nn

from eval_mode_accuracy import evaluate


class Boom(nn.Module):
    def forward(self, x):
        raise ValueError("bad input for this layer")


def test_accuracy_of_a_three_class_model_matches_a_count():
    torch.manual_seed(6)
    model = nn.Sequential(nn.Linear(5, 3))
    X = torch.randn(37, 5)
    y = torch.randint(0, 3, (37,))
    with torch.no_grad():
        predictions = model(X).argmax(dim=1).tolist()
    want = sum(p == t for p, t in zip(predictions, y.tolist())) / 37
    got = evaluate(model, X, y)
    assert isinstance(got, float) and abs(got - want) < 1e-6, f"expected {want:.6f} ({round(want * 37)} of 37 right), got {got}"


def test_all_right_and_all_wrong():
    model = nn.Linear(2, 2)
    with torch.no_grad():
        model.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0]]))
        model.bias.zero_()
    X = torch.tensor([[3.0, 1.0], [-1.0, 2.0], [0.5, 0.0]])
    right = torch.tensor([0, 1, 0])
    assert evaluate(model, X, right) == 1.0, "every prediction matches: expected 1.0"
    assert evaluate(model, X, 1 - right) == 0.0, "no prediction matches: expected 0.0"


def test_batch_norm_uses_running_statistics_even_for_an_eval_mode_model():
    torch.manual_seed(3)
    model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 2))
    with torch.no_grad():
        model[1].running_mean.copy_(torch.tensor([5.0, -5.0, 0.0, 2.0]))
        model[1].running_var.copy_(torch.tensor([0.5, 4.0, 1.0, 9.0]))
    X = torch.randn(50, 3) * 4
    y = torch.randint(0, 2, (50,))
    model.eval()
    with torch.no_grad():
        want = (model(X).argmax(dim=1) == y).float().mean().item()
    model.train()
    got = evaluate(model, X, y)
    assert abs(got - want) < 1e-9, f"batch norm should normalise with its running statistics: expected {want}, got {got}"
    assert torch.equal(model[1].running_mean, torch.tensor([5.0, -5.0, 0.0, 2.0])), "the running mean must not move"


def test_nested_mixed_modes_are_restored_after_success_and_after_an_error():
    def build(last):
        inner = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.3))
        model = nn.Sequential(nn.Linear(4, 4), inner, nn.Dropout(0.1), last)
        model.train()
        inner[1].eval()
        inner[2].eval()
        model[2].eval()
        return model

    X, y = torch.randn(12, 4), torch.randint(0, 4, (12,))
    for last, fails in ((nn.Linear(4, 4), False), (Boom(), True)):
        model = build(last)
        modes = [m.training for m in model.modules()]
        try:
            evaluate(model, X, y)
        except ValueError:
            assert fails, "evaluate raised ValueError for valid inputs"
        else:
            assert not fails, "the model's own error should reach the caller"
        assert [m.training for m in model.modules()] == modes, (
            f"each submodule must get its own .training flag back{' after the error' if fails else ''}: "
            f"expected {modes}, got {[m.training for m in model.modules()]}"
        )
        assert torch.is_grad_enabled(), "gradient tracking must be on again afterwards"


def test_more_mismatched_inputs_raise_value_error():
    model = nn.Linear(3, 2)
    X = torch.randn(6, 3)
    for args in ((X, torch.zeros(7, dtype=torch.long)), (X[:1], torch.zeros(0, dtype=torch.long))):
        try:
            evaluate(model, *args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for X of {len(args[0])} rows and y of {len(args[1])} labels")
