# Hidden tests: other layer sizes (wide-to-narrow and narrow-to-wide) than the visible ones, biases that
# start non-zero, other unknown scheme names and a whole stack left untouched when the name is wrong.
import math

import torch
from torch import nn

from he_xavier_init import init_stack


def test_both_schemes_on_other_layer_sizes():
    for scheme in ("he", "xavier"):
        torch.manual_seed(2)
        layers = [nn.Linear(50, 600), nn.Linear(600, 30), nn.Linear(300, 300)]
        init_stack(layers, scheme)
        for layer in layers:
            fan_out, fan_in = layer.weight.shape
            want = math.sqrt(2 / fan_in) if scheme == "he" else math.sqrt(2 / (fan_in + fan_out))
            got = layer.weight.std().item()
            assert abs(got - want) < 0.04 * want, (
                f"{scheme} on Linear({fan_in}, {fan_out}): expected std {want:.4f}, got {got:.4f}"
            )
            assert abs(layer.weight.mean().item()) < 0.05 * want, f"{scheme} weights should be centred on zero"


def test_non_zero_biases_are_reset_for_both_schemes():
    for scheme in ("xavier", "he"):
        layers = [nn.Linear(6, 9), nn.Linear(9, 2)]
        with torch.no_grad():
            for layer in layers:
                layer.bias.fill_(3.0)
        init_stack(layers, scheme)
        for layer in layers:
            assert torch.count_nonzero(layer.bias) == 0, f"{scheme}: every bias should be 0 afterwards, got {layer.bias.tolist()}"
            assert layer.weight.requires_grad and layer.weight.grad_fn is None, "weights must stay trainable leaves"


def test_each_layer_gets_its_own_scale_in_one_stack():
    torch.manual_seed(4)
    layers = [nn.Linear(20, 2000), nn.Linear(2000, 20)]
    init_stack(layers, "he")
    ratio = layers[0].weight.std().item() / layers[1].weight.std().item()
    want = math.sqrt(2000 / 20)
    assert abs(ratio - want) < 0.05 * want, (
        f"He std is √(2/fan_in): Linear(20, 2000) should be {want:.0f}× wider than Linear(2000, 20), got {ratio:.2f}×"
    )


def test_other_unknown_schemes_leave_every_layer_unchanged():
    for name in ("He", "glorot", ""):
        layers = [nn.Linear(3, 5), nn.Linear(5, 2)]
        before = [(l.weight.detach().clone(), l.bias.detach().clone()) for l in layers]
        try:
            init_stack(layers, name)
        except ValueError:
            pass
        else:
            raise AssertionError(f"expected ValueError for scheme {name!r}")
        for layer, (w, b) in zip(layers, before):
            assert torch.equal(layer.weight, w) and torch.equal(layer.bias, b), (
                f"scheme {name!r} is unknown: no layer may change (check the name before touching any layer)"
            )
