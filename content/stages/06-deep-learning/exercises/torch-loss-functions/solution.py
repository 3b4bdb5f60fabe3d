import torch
from torch import nn


def multiclass_loss(logits: torch.Tensor, targets: torch.Tensor,
                    reduction: str = "mean") -> torch.Tensor:
    """Cross-entropy for C classes. logits: (n, C) raw scores; targets: (n,) class indices
    of any integer dtype. reduction: "mean", "sum" or "none" (one loss per example, shape (n,))."""
    # CrossEntropyLoss = log_softmax + negative log-likelihood, computed together from the
    # logits. It wants the class index of each row as int64, not a one-hot vector.
    return nn.CrossEntropyLoss(reduction=reduction)(logits, targets.long())


def binary_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean binary cross-entropy. logits: (n,) or (n, 1) raw scores; targets: (n,) labels 0 or 1
    of any numeric dtype."""
    # BCEWithLogitsLoss computes log(1 + e^(-z)) stably, where sigmoid + BCELoss would round
    # sigmoid(40) to 1.0 and clamp log(0). Shapes must match exactly, and targets must be float.
    return nn.BCEWithLogitsLoss()(logits.reshape(-1), targets.reshape(-1).float())
