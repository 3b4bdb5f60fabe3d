import inspect
from pathlib import Path

import torch
from torch import nn


def export_classifier(model: nn.Module, path: str | Path, n_features: int) -> None:
    """Write model to path as ONNX: one input "features" of shape (batch, n_features),
    float32, one output "logits" of shape (batch, n_classes), the batch axis named "batch"
    and free, opset 17."""
    model.eval()  # export the inference behaviour
    example = torch.zeros(1, n_features)  # the exporter runs the model once on this input
    # PyTorch 2.5+ can pick the newer dynamo exporter (the default from 2.9); 1.13 has no such
    # argument. Ask for the classic exporter only where the argument exists.
    options = {"dynamo": False} if "dynamo" in inspect.signature(torch.onnx.export).parameters else {}
    torch.onnx.export(
        model,
        example,
        str(path),
        input_names=["features"],
        output_names=["logits"],
        # Without this, the traced batch size 1 is written into the file as a fixed dimension.
        dynamic_axes={"features": {0: "batch"}, "logits": {0: "batch"}},
        opset_version=17,
        **options,
    )
