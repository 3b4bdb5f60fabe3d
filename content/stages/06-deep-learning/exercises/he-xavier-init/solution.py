import math

import torch
from torch import nn


def init_stack(layers: list[nn.Linear], scheme: str) -> None:
    """Initialise every layer in place: scheme "he" or "xavier"; biases to zero.

    "he": weights ~ N(0, 2 / fan_in); "xavier": weights ~ N(0, 2 / (fan_in + fan_out)).
    Raise ValueError for any other scheme.
    """
    if scheme not in ("he", "xavier"):
        raise ValueError(f'scheme must be "he" or "xavier", got {scheme!r}')
    with torch.no_grad():  # initialising is not part of the computation to differentiate
        for layer in layers:
            fan_out, fan_in = layer.weight.shape  # nn.Linear stores (out_features, in_features)
            if scheme == "he":
                # Var(w) = 2 / fan_in keeps E[h²] constant through ReLU, which zeroes half its inputs.
                std = math.sqrt(2.0 / fan_in)
            else:
                # A compromise between keeping the forward (fan_in) and backward (fan_out) variance.
                std = math.sqrt(2.0 / (fan_in + fan_out))
            layer.weight.normal_(0.0, std)
            if layer.bias is not None:
                layer.bias.zero_()
