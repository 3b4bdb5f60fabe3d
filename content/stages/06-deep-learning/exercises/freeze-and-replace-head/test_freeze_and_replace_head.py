import copy

import torch
from torch import nn

from freeze_and_replace_head import prepare_for_transfer


def pretrained(seed=0):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(20, 32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 10))


def train_a_little(model, opt, n_classes, steps=5):
    g = torch.Generator().manual_seed(1)
    X = torch.randn(64, 20, generator=g)
    y = torch.randint(0, n_classes, (64,), generator=g)
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        opt.step()


def test_head_is_replaced_with_the_right_size():
    model = pretrained()
    old_head = model[-1]
    prepare_for_transfer(model, n_classes=3)
    head = model[-1]
    assert isinstance(head, nn.Linear) and head is not old_head, "model[-1] should be a new nn.Linear"
    assert (head.in_features, head.out_features) == (16, 3), (
        f"the new head takes the body's 16 features to 3 classes: expected Linear(16, 3), got {head}"
    )


def test_body_is_frozen_and_head_is_trainable():
    model = pretrained()
    prepare_for_transfer(model, n_classes=3)
    frozen = [name for name, p in model[:-1].named_parameters() if p.requires_grad]
    assert not frozen, f"every body parameter should have requires_grad=False; still trainable: {frozen}"
    assert all(p.requires_grad for p in model[-1].parameters()), (
        "the new head must be trainable: freeze the old parameters before creating it"
    )


def test_optimiser_holds_only_the_head():
    model = pretrained()
    opt = prepare_for_transfer(model, n_classes=4, lr=0.05)
    in_optimiser = [p for group in opt.param_groups for p in group["params"]]
    head = list(model[-1].parameters())
    assert len(in_optimiser) == 2 and {id(p) for p in in_optimiser} == {id(p) for p in head}, (
        f"the optimiser should hold exactly the head's weight and bias (2 tensors), got {len(in_optimiser)} tensors"
    )
    assert all(group["lr"] == 0.05 for group in opt.param_groups), "use the learning rate you were given"


def test_training_changes_the_head_and_not_the_body():
    model = pretrained()
    opt = prepare_for_transfer(model, n_classes=3, lr=0.1)
    body_before = copy.deepcopy(model[:-1].state_dict())
    head_before = model[-1].weight.detach().clone()
    train_a_little(model, opt, n_classes=3)
    for name, value in model[:-1].state_dict().items():
        assert torch.equal(value, body_before[name]), f"frozen body weight {name} changed during training"
    assert not torch.allclose(model[-1].weight, head_before), "the head should change when the optimiser steps"
    grads = [name for name, p in model[:-1].named_parameters() if p.grad is not None]
    assert not grads, f"frozen parameters should not even receive gradients, but these did: {grads}"


def test_changes_the_model_in_place_and_works_with_batch_norm():
    torch.manual_seed(2)
    model = nn.Sequential(nn.Linear(8, 12), nn.BatchNorm1d(12), nn.ReLU(), nn.Dropout(0.1), nn.Linear(12, 5))
    same = model
    opt = prepare_for_transfer(model, n_classes=2)
    assert model is same and len(model) == 5, "change the given Sequential in place; do not build a new one"
    assert not model[1].weight.requires_grad and not model[1].bias.requires_grad, "batch norm's γ and β are frozen too"
    assert sum(len(g["params"]) for g in opt.param_groups) == 2, "only the new Linear(12, 2) goes to the optimiser"


def test_rejects_a_model_without_a_linear_head_or_bad_class_count():
    for model, n in ((nn.Sequential(nn.Linear(4, 4), nn.ReLU()), 2), (pretrained(), 0)):
        try:
            prepare_for_transfer(model, n_classes=n)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for last layer {type(model[-1]).__name__} and n_classes={n}")
