import torch
from torch import nn

from freeze_and_replace_head import prepare_for_transfer


def test_other_sizes_and_depths():
    torch.manual_seed(5)
    model = nn.Sequential(nn.Linear(6, 40), nn.Tanh(), nn.Linear(40, 24), nn.Tanh(), nn.Linear(24, 9), nn.Tanh(), nn.Linear(9, 2))
    opt = prepare_for_transfer(model, n_classes=7, lr=0.3)
    head = model[-1]
    assert (head.in_features, head.out_features) == (9, 7), f"expected Linear(9, 7), got {head}"
    assert all(not p.requires_grad for p in model[:-1].parameters()), "every body parameter should be frozen"
    assert all(p.requires_grad for p in head.parameters()), "the new head must be trainable"
    params = [p for g in opt.param_groups for p in g["params"]]
    assert {id(p) for p in params} == {id(p) for p in head.parameters()}, "the optimiser should hold only the head"
    assert all(g["lr"] == 0.3 for g in opt.param_groups), "use the learning rate you were given"
