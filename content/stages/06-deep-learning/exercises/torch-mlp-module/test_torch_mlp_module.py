import torch
from torch import nn

from torch_mlp_module import MLP, count_parameters


def linear_layers(model: nn.Module) -> list[nn.Linear]:
    return [m for m in model.modules() if isinstance(m, nn.Linear)]


def test_output_has_one_row_per_example():
    torch.manual_seed(0)
    model = MLP(4, [8, 8], 3)
    out = model(torch.randn(5, 4))
    assert out.shape == (5, 3), f"a batch of 5 rows with 3 outputs each should give (5, 3), got {tuple(out.shape)}"


def test_layers_are_registered_with_pytorch():
    model = MLP(4, [8, 8], 3)
    n_tensors = len(list(model.parameters()))
    assert n_tensors == 6, (
        f"3 Linear layers have 3 weights and 3 biases, but model.parameters() lists {n_tensors} tensors. "
        "Layers kept in a plain Python list are invisible to PyTorch: use nn.ModuleList or nn.Sequential"
    )
    shapes = [tuple(layer.weight.shape) for layer in linear_layers(model)]
    assert shapes == [(8, 4), (8, 8), (3, 8)], f"expected Linear weights of shapes [(8, 4), (8, 8), (3, 8)], got {shapes}"


def test_count_parameters_of_the_worked_example():
    got = count_parameters(MLP(4, [8, 8], 3))
    assert got == 139, f"(4+1)·8 + (8+1)·8 + (8+1)·3 = 139, got {got}"


def test_count_parameters_counts_any_module_and_only_trainable_ones():
    model = nn.Sequential(nn.Linear(10, 5), nn.ReLU(), nn.Linear(5, 2))
    assert count_parameters(model) == 55 + 12, f"expected 67, got {count_parameters(model)}"
    model[0].weight.requires_grad_(False)
    assert count_parameters(model) == 67 - 50, (
        f"a parameter with requires_grad False is not trainable; expected 17, got {count_parameters(model)}"
    )


def test_forward_is_linear_relu_linear_with_raw_scores_at_the_end():
    torch.manual_seed(1)
    model = MLP(3, [6], 2)
    first, second = linear_layers(model)
    x = torch.randn(10, 3)
    want = second(torch.relu(first(x)))
    got = model(x)
    assert torch.allclose(got, want, atol=1e-6), (
        "expected Linear -> ReLU -> Linear applied in order, with no activation after the last layer"
    )
    assert (got < 0).any(), "some raw scores should be negative: do not put a ReLU (or softmax) after the last layer"


def test_no_hidden_layers_is_one_linear_layer():
    torch.manual_seed(2)
    model = MLP(5, [], 1)
    layers = linear_layers(model)
    assert len(layers) == 1 and tuple(layers[0].weight.shape) == (1, 5), "hidden_sizes=[] should give one Linear(5, 1)"
    x = torch.randn(4, 5)
    assert torch.allclose(model(x), layers[0](x)), "with no hidden layers the output is the single linear layer's output"


def test_weights_stay_the_same_between_calls():
    torch.manual_seed(3)
    model = MLP(4, [8], 2)
    x = torch.randn(3, 4)
    assert torch.equal(model(x), model(x)), "two calls on the same input differ: create layers in __init__, not in forward"
