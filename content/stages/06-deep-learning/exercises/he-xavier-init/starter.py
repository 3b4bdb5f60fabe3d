import torch
from torch import nn


def init_stack(layers: list[nn.Linear], scheme: str) -> None:
    """Initialise every layer in place: scheme "he" or "xavier"; biases to zero.

    "he": weights ~ N(0, 2 / fan_in); "xavier": weights ~ N(0, 2 / (fan_in + fan_out)).
    Raise ValueError for any other scheme.
    """
    raise NotImplementedError("choose each layer's std from its fan-in and fan-out")
