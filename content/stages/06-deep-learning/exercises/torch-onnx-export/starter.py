import inspect
from pathlib import Path

import torch
from torch import nn


def export_classifier(model: nn.Module, path: str | Path, n_features: int) -> None:
    """Write model to path as ONNX: one input "features" of shape (batch, n_features),
    float32, one output "logits" of shape (batch, n_classes), the batch axis named "batch"
    and free, opset 17."""
    model.eval()
    example = torch.zeros(1, n_features)
    # TODO: name the input and output, free the batch axis, choose the opset
    torch.onnx.export(model, example, str(path))
