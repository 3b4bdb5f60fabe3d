import math

import torch
from torch import nn

from he_xavier_init import init_stack

WIDTHS = [128] + [256] * 9 + [128]


def deep_stack():
    return [nn.Linear(a, b) for a, b in zip(WIDTHS[:-1], WIDTHS[1:])]


def activation_stds(layers, activation):
    torch.manual_seed(1)
    x = torch.randn(500, WIDTHS[0])
    stds = []
    with torch.no_grad():
        for layer in layers:
            x = activation(layer(x))
            stds.append(round(x.std().item(), 3))
    return stds


def test_he_weight_scale_uses_fan_in():
    torch.manual_seed(0)
    layers = [nn.Linear(100, 400), nn.Linear(400, 50)]
    init_stack(layers, "he")
    for layer in layers:
        fan_out, fan_in = layer.weight.shape
        expected = math.sqrt(2 / fan_in)
        got = layer.weight.std().item()
        assert abs(got - expected) < 0.05 * expected, (
            f"Linear({fan_in}, {fan_out}) with He: std should be √(2/{fan_in}) = {expected:.4f}, got {got:.4f}. "
            "Fan-in is weight.shape[1]: nn.Linear stores weights as (out_features, in_features)."
        )
        assert abs(layer.weight.mean().item()) < 0.1 * expected, "weights should be centred on zero"


def test_xavier_weight_scale_uses_fan_in_and_fan_out():
    torch.manual_seed(0)
    layers = [nn.Linear(100, 400), nn.Linear(400, 50)]
    init_stack(layers, "xavier")
    for layer in layers:
        fan_out, fan_in = layer.weight.shape
        expected = math.sqrt(2 / (fan_in + fan_out))
        got = layer.weight.std().item()
        assert abs(got - expected) < 0.05 * expected, (
            f"Linear({fan_in}, {fan_out}) with Xavier: std should be √(2/({fan_in}+{fan_out})) = {expected:.4f}, got {got:.4f}"
        )


def test_biases_are_zero_and_parameters_stay_trainable():
    torch.manual_seed(0)
    layers = [nn.Linear(10, 20), nn.Linear(20, 3)]
    weight = layers[0].weight
    init_stack(layers, "he")
    for layer in layers:
        assert torch.count_nonzero(layer.bias) == 0, "every bias should start at zero"
        assert layer.weight.requires_grad and layer.weight.grad_fn is None, (
            "initialise in place under torch.no_grad(), so the weights stay trainable leaves"
        )
    assert layers[0].weight is weight, "change the existing weight tensors in place (normal_), do not replace them"


def test_he_keeps_relu_activations_in_a_band_for_ten_layers():
    torch.manual_seed(0)
    layers = deep_stack()
    init_stack(layers, "he")
    stds = activation_stds(layers, torch.relu)
    assert all(0.5 < s < 1.5 for s in stds), (
        f"with He and ReLU every layer's activation std should stay between 0.5 and 1.5, got {stds}"
    )


def test_xavier_keeps_tanh_activations_in_a_band_for_ten_layers():
    torch.manual_seed(0)
    layers = deep_stack()
    init_stack(layers, "xavier")
    stds = activation_stds(layers, torch.tanh)
    assert all(0.15 < s < 1.0 for s in stds), (
        f"with Xavier and tanh every layer's activation std should stay between 0.15 and 1.0, got {stds}"
    )


def test_xavier_under_relu_lets_the_signal_fade():
    # Not a mistake in your code: the reason He exists. ReLU halves the second moment per layer.
    torch.manual_seed(0)
    layers = deep_stack()
    init_stack(layers, "xavier")
    stds = activation_stds(layers, torch.relu)
    assert stds[-1] < 0.1 * stds[0], (
        f"Xavier's scale is too small for ReLU: after 10 layers the std should have shrunk below a tenth "
        f"of the first layer's, got {stds}"
    )


def test_same_seed_same_weights():
    torch.manual_seed(3)
    a = [nn.Linear(8, 8)]
    torch.manual_seed(4)
    b = [nn.Linear(8, 8)]
    torch.manual_seed(7)
    init_stack(a, "he")
    torch.manual_seed(7)
    init_stack(b, "he")
    assert torch.equal(a[0].weight, b[0].weight), "draw from torch's generator so torch.manual_seed makes it repeatable"


def test_unknown_scheme_raises_and_changes_nothing():
    layer = nn.Linear(4, 4)
    before = layer.weight.detach().clone()
    try:
        init_stack([layer], "kaiming-uniform")
    except ValueError:
        assert torch.equal(layer.weight, before), "an unknown scheme must leave the layers unchanged"
        return
    raise AssertionError('expected ValueError for scheme "kaiming-uniform"')
