import copy

import torch
from torch import nn


def make_finetune_optimizer(model: nn.Sequential, head_lr: float, body_lr: float) -> torch.optim.Adam:
    """Adam with two parameter groups: model[:-1] at body_lr, model[-1] at head_lr (body first)."""
    raise NotImplementedError("one optimiser, two parameter groups")


def fine_tune(pretrained: nn.Sequential, X: torch.Tensor, y: torch.Tensor, n_classes: int) -> nn.Sequential:
    """A fine-tuned copy of pretrained with a new head for n_classes; pretrained is unchanged.

    Phase 1: freeze all, new nn.Linear head, 200 steps of Adam(lr=1e-2) on the head.
    Phase 2: unfreeze all, 100 steps with make_finetune_optimizer(model, 1e-3, 1e-4).
    """
    raise NotImplementedError("copy, freeze, new head, train the head, then unfreeze and train gently")
