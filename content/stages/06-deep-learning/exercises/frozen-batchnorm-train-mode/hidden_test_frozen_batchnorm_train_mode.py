# Hidden tests: other architectures than the visible ones (a custom module, BatchNorm3d, deep nesting),
# frozen running statistics in 2-D, and other parameters' requires_grad left exactly as found.
import copy

import torch
from torch import nn

from frozen_batchnorm_train_mode import train_with_frozen_batchnorm


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv3d(2, 3, 1)
        self.norm = nn.BatchNorm3d(3)
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.5), nn.Sequential(nn.Linear(3 * 8, 4), nn.BatchNorm1d(4)))

    def forward(self, x):
        return self.head(torch.relu(self.norm(self.conv(x))))


def test_batch_norm_in_a_custom_module_and_three_levels_deep():
    torch.manual_seed(0)
    model = nn.Sequential(Block(), nn.ReLU(), nn.Linear(4, 2))
    model.eval()
    returned = train_with_frozen_batchnorm(model)
    block = model[0]
    assert returned is model, "return the model you were given"
    for name, bn in (("BatchNorm3d", block.norm), ("the BatchNorm1d three levels down", block.head[2][1])):
        assert not bn.training, f"{name} should be in eval mode"
        assert not bn.weight.requires_grad and not bn.bias.requires_grad, f"{name}'s γ and β should be frozen"
    assert block.head[1].training and block.conv.training and model.training, "everything that is not batch norm trains"
    assert block.conv.weight.requires_grad and model[2].weight.requires_grad, "do not freeze layers other than batch norm"


def test_other_requires_grad_flags_are_left_as_found():
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Sequential(nn.Linear(4, 4), nn.Linear(4, 1)))
    model[2][0].weight.requires_grad = False
    model[2][1].bias.requires_grad = False
    flags = {name: p.requires_grad for name, p in model.named_parameters() if not name.startswith("1.")}
    train_with_frozen_batchnorm(model)
    after = {name: p.requires_grad for name, p in model.named_parameters() if not name.startswith("1.")}
    assert after == flags, f"only batch norm's parameters change: expected {flags}, got {after}"


def test_two_d_running_statistics_stay_fixed_and_dropout_drops():
    torch.manual_seed(2)
    model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.Dropout(0.5), nn.Linear(2 * 4 * 4, 3))
    with torch.no_grad():
        model[1].running_mean.fill_(0.3)
        model[1].running_var.fill_(2.0)
    stats = copy.deepcopy(model[1].state_dict())
    train_with_frozen_batchnorm(model)
    x = torch.randn(16, 1, 6, 6) * 5 + 3
    first, second = model(x), model(x)
    for name, value in model[1].state_dict().items():
        assert torch.equal(value, stats[name]), f"BatchNorm2d's {name} changed during a forward pass in training"
    assert not torch.equal(first, second), "dropout should still be active (training mode): two passes should differ"


def test_calling_twice_is_the_same_as_calling_once():
    model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3, affine=False), nn.Dropout(0.1), nn.BatchNorm1d(3))
    train_with_frozen_batchnorm(model)
    train_with_frozen_batchnorm(model)
    assert model.training and model[0].training and model[2].training, "non-batch-norm layers stay in training mode"
    assert not model[1].training and not model[3].training, "both batch-norm layers (affine or not) are in eval mode"
    assert not model[3].weight.requires_grad and model[0].weight.requires_grad, "only batch norm's parameters are frozen"
