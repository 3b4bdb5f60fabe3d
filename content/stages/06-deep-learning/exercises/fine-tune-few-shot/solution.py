import copy

import torch
from torch import nn


def make_finetune_optimizer(model: nn.Sequential, head_lr: float, body_lr: float) -> torch.optim.Adam:
    """Adam with two parameter groups: model[:-1] at body_lr, model[-1] at head_lr (body first)."""
    return torch.optim.Adam([
        {"params": list(model[:-1].parameters()), "lr": body_lr},  # features: adapt gently
        {"params": list(model[-1].parameters()), "lr": head_lr},   # the new task's classifier
    ])


def _train(model: nn.Module, optimizer: torch.optim.Optimizer, X: torch.Tensor, y: torch.Tensor, steps: int) -> None:
    model.train()
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        optimizer.step()


def fine_tune(pretrained: nn.Sequential, X: torch.Tensor, y: torch.Tensor, n_classes: int) -> nn.Sequential:
    """A fine-tuned copy of pretrained with a new head for n_classes; pretrained is unchanged.

    Phase 1: freeze all, new nn.Linear head, 200 steps of Adam(lr=1e-2) on the head.
    Phase 2: unfreeze all, 100 steps with make_finetune_optimizer(model, 1e-3, 1e-4).
    """
    model = copy.deepcopy(pretrained)  # the caller's network stays as it was

    # Phase 1: the body is a fixed feature extractor; only the new head learns.
    for p in model.parameters():
        p.requires_grad = False
    model[-1] = nn.Linear(model[-1].in_features, n_classes)
    _train(model, torch.optim.Adam(model[-1].parameters(), lr=1e-2), X, y, steps=200)

    # Phase 2: the head is no longer random, so its gradients are small and informative;
    # now the body may adapt too, ten times more slowly than the head.
    for p in model.parameters():
        p.requires_grad = True
    _train(model, make_finetune_optimizer(model, head_lr=1e-3, body_lr=1e-4), X, y, steps=100)
    return model
