import torch
from torch import nn


def multiclass_loss(logits: torch.Tensor, targets: torch.Tensor,
                    reduction: str = "mean") -> torch.Tensor:
    """Cross-entropy for C classes. logits: (n, C) raw scores; targets: (n,) class indices
    of any integer dtype. reduction: "mean", "sum" or "none" (one loss per example, shape (n,))."""
    probabilities = torch.softmax(logits, dim=1)
    return nn.CrossEntropyLoss(reduction=reduction)(probabilities, targets.long())


def binary_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """Mean binary cross-entropy. logits: (n,) or (n, 1) raw scores; targets: (n,) labels 0 or 1
    of any numeric dtype."""
    raise NotImplementedError("nn.BCEWithLogitsLoss on flattened logits and float targets")
