import torch
from torch import nn

from torch_mlp_module import MLP, count_parameters


def test_three_hidden_layers():
    torch.manual_seed(5)
    model = MLP(7, [16, 4, 9], 2)
    layers = [m for m in model.modules() if isinstance(m, nn.Linear)]
    assert [tuple(l.weight.shape) for l in layers] == [(16, 7), (4, 16), (9, 4), (2, 9)]
    assert count_parameters(model) == 8 * 16 + 17 * 4 + 5 * 9 + 10 * 2
    x = torch.randn(6, 7)
    want = x
    for i, layer in enumerate(layers):
        want = layer(want)
        if i < len(layers) - 1:
            want = torch.relu(want)
    assert torch.allclose(model(x), want, atol=1e-6)


def test_single_row():
    model = MLP(3, [2], 4)
    assert model(torch.zeros(1, 3)).shape == (1, 4)
