import copy

import torch
from torch import nn

from fine_tune_few_shot import fine_tune, make_finetune_optimizer

D, H = 8, 32
_cache = {}


def mlp(out):
    return nn.Sequential(nn.Linear(D, H), nn.ReLU(), nn.Linear(H, H), nn.ReLU(), nn.Linear(H, out))


def tasks(seed):
    """Task A (6 classes, 600 examples) and task B (3 classes, 40 + 1000 examples) share hidden features."""
    if seed not in _cache:
        g = torch.Generator().manual_seed(seed)
        A = torch.randn(D, 6, generator=g) / D ** 0.5
        Ba, Bb = torch.randn(6, 6, generator=g), torch.randn(6, 3, generator=g)

        def sample(n, B):
            x = torch.randn(n, D, generator=g)
            features = (x @ A) ** 2 - (A ** 2).sum(0)  # the same features for both tasks
            return x, (features @ B).argmax(1)

        XA, yA = sample(600, Ba)
        XB, yB = sample(40, Bb)
        XT, yT = sample(1000, Bb)
        torch.manual_seed(seed)
        pretrained = mlp(6)
        train(pretrained, XA, yA, 200)
        _cache[seed] = (pretrained, XB, yB, XT, yT)
    return _cache[seed]


def tuned(seed):
    """Fine-tune once per seed (it is the slow part) and keep a snapshot of the pretrained state."""
    key = ("tuned", seed)
    if key not in _cache:
        pretrained = tasks(seed)[0]
        before = copy.deepcopy(pretrained.state_dict())
        torch.manual_seed(1)
        _cache[key] = (fine_tune(pretrained, *tasks(seed)[1:3], n_classes=3), before)
    return _cache[key]


def train(model, X, y, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        opt.step()


def accuracy(model, X, y):
    model.eval()
    with torch.no_grad():
        return (model(X).argmax(1) == y).float().mean().item()


def test_optimiser_has_body_and_head_groups():
    torch.manual_seed(0)
    model = mlp(3)
    opt = make_finetune_optimizer(model, head_lr=1e-3, body_lr=1e-4)
    groups = opt.param_groups
    assert isinstance(opt, torch.optim.Adam), f"return torch.optim.Adam, got {type(opt).__name__}"
    assert len(groups) == 2, f"expected 2 parameter groups (body, head), got {len(groups)}"
    assert [g["lr"] for g in groups] == [1e-4, 1e-3], (
        f"the body group comes first with lr 1e-4, the head second with 1e-3; got {[g['lr'] for g in groups]}"
    )
    body, head = ({id(p) for p in g["params"]} for g in groups)
    assert body == {id(p) for p in model[:-1].parameters()}, "the first group must hold every parameter of model[:-1]"
    assert head == {id(p) for p in model[-1].parameters()}, "the second group must hold the head's weight and bias"


def test_returns_a_new_model_with_the_new_head():
    pretrained = tasks(0)[0]
    model, _ = tuned(0)
    assert model is not pretrained, "return a fine-tuned copy, not the pretrained object itself"
    head = model[-1]
    assert isinstance(head, nn.Linear) and (head.in_features, head.out_features) == (H, 3), (
        f"the new head should be Linear({H}, 3), got {head}"
    )
    assert all(p.requires_grad for p in model.parameters()), "after phase 2 every parameter should be trainable again"


def test_pretrained_network_is_left_unchanged():
    pretrained = tasks(0)[0]
    _, before = tuned(0)
    for name, value in pretrained.state_dict().items():
        assert torch.equal(value, before[name]), f"pretrained weight {name} changed: work on copy.deepcopy(pretrained)"
    assert pretrained[-1].out_features == 6, "the pretrained network's own head must stay Linear(32, 6)"
    assert all(p.requires_grad for p in pretrained.parameters()), "do not leave the caller's network frozen"


def test_body_adapts_only_slightly():
    pretrained = tasks(0)[0]
    model, _ = tuned(0)
    old, new = pretrained[0].weight, model[0].weight
    change = ((new - old).norm() / old.norm()).item()
    assert change > 0, "the body never changed: phase 2 should unfreeze it and train it with the small learning rate"
    assert change < 0.1, (
        f"the first layer moved by {change:.0%} of its size; with body lr 1e-4 for 100 steps it should move only a "
        "few per cent. Use the smaller learning rate for the body."
    )


def test_fine_tuning_beats_training_from_scratch():
    _, XB, yB, XT, yT = tasks(0)
    tuned_accuracy = accuracy(tuned(0)[0], XT, yT)
    torch.manual_seed(1)
    scratch_model = mlp(3)
    train(scratch_model, XB, yB, 200)
    scratch = accuracy(scratch_model, XT, yT)
    assert tuned_accuracy >= 0.65 and tuned_accuracy >= scratch + 0.1, (
        f"on 1,000 new task-B examples the fine-tuned network scored {tuned_accuracy:.3f} and the one trained from scratch "
        f"on the same 40 examples {scratch:.3f}; reusing the pretrained body should give at least 0.65 and beat "
        "scratch by 0.1"
    )
