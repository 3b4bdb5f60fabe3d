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
    # PyTorch stores a Linear layer's weight as (outputs, inputs) and computes x @ W.T + b;
    # mlp_to_onnx computes x @ W + b, so each weight matrix goes in transposed.
    layers = [
        (state["hidden.weight"].T, state["hidden.bias"], "relu"),
        (state["out.weight"].T, state["out.bias"], "softmax"),
    ]
    # String classes become a string `label` output; `probabilities` keeps their order.
    return mlp_to_onnx(layers, path, classes=classes, name="iris")
