import torch
from torch import nn

from fine_tune_few_shot import fine_tune, make_finetune_optimizer

D, H = 8, 32


def mlp(out, width=H):
    return nn.Sequential(nn.Linear(D, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(), nn.Linear(width, out))


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


def test_other_learning_rates_and_sizes_in_the_optimiser():
    torch.manual_seed(3)
    model = nn.Sequential(nn.Linear(5, 7), nn.Tanh(), nn.Linear(7, 2))
    opt = make_finetune_optimizer(model, head_lr=0.05, body_lr=0.002)
    assert [g["lr"] for g in opt.param_groups] == [0.002, 0.05], "body group first at body_lr, head second at head_lr"
    assert sum(len(g["params"]) for g in opt.param_groups) == 4, "every parameter belongs to exactly one group"


def test_fine_tuning_beats_scratch_on_another_task_pair():
    g = torch.Generator().manual_seed(6)
    A = torch.randn(D, 6, generator=g) / D ** 0.5
    Ba, Bb = torch.randn(6, 6, generator=g), torch.randn(6, 3, generator=g)

    def sample(n, B):
        x = torch.randn(n, D, generator=g)
        return x, (((x @ A) ** 2 - (A ** 2).sum(0)) @ B).argmax(1)

    XA, yA = sample(600, Ba)
    XB, yB = sample(40, Bb)
    XT, yT = sample(1000, Bb)
    torch.manual_seed(6)
    pretrained = mlp(6)
    train(pretrained, XA, yA, 200)
    torch.manual_seed(2)
    model = fine_tune(pretrained, XB, yB, n_classes=3)
    assert model[-1].out_features == 3, "the new head should have 3 outputs"
    tuned = accuracy(model, XT, yT)
    torch.manual_seed(2)
    scratch_model = mlp(3)
    train(scratch_model, XB, yB, 200)
    scratch = accuracy(scratch_model, XT, yT)
    assert tuned >= scratch + 0.1, f"fine-tuned {tuned:.3f} should beat scratch {scratch:.3f} by 0.1"
