import math

import torch

from torch_loss_functions import binary_loss, multiclass_loss


def test_multiclass_other_values():
    logits = torch.tensor([[0.0, 3.0], [1.0, -1.0], [2.0, 2.0]])
    targets = torch.tensor([1, 1, 0], dtype=torch.int16)
    each = torch.logsumexp(logits, dim=1) - logits[torch.arange(3), targets.long()]
    assert torch.allclose(multiclass_loss(logits, targets, reduction="none"), each, atol=1e-6)
    assert torch.allclose(multiclass_loss(logits, targets), each.mean(), atol=1e-6)
    assert torch.allclose(multiclass_loss(logits, targets, reduction="sum"), each.sum(), atol=1e-6)


def test_multiclass_confident_and_right_is_near_zero():
    got = float(multiclass_loss(torch.tensor([[0.0, 0.0, 30.0, 0.0]]), torch.tensor([2])))
    assert got < 1e-6


def test_binary_other_values():
    logits = torch.tensor([-30.0, 0.7, -2.0])
    labels = torch.tensor([1.0, 1.0, 0.0], dtype=torch.float64)
    want = (30 + math.log1p(math.exp(-30)) + math.log1p(math.exp(-0.7)) + math.log1p(math.exp(-2.0))) / 3
    assert abs(float(binary_loss(logits, labels)) - want) < 1e-4
