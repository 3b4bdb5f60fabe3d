import numpy as np

from stepwise.export import mlp_to_onnx


def export_network(state: dict[str, np.ndarray], classes: list[str], path: str) -> bytes:
    """Export a trained two-layer network, saved in PyTorch's layout, to ONNX.

    state: "hidden.weight" (n_hidden, n_features), "hidden.bias" (n_hidden,),
           "out.weight" (n_classes, n_hidden), "out.bias" (n_classes,).
    The network computes softmax(relu(x @ Wh.T + bh) @ Wo.T + bo).
    Write the file to `path` with the graph named "iris" and the class names as
    labels, and return the file's bytes.
    """
    raise NotImplementedError("build the layers in mlp_to_onnx's layout, then export")
