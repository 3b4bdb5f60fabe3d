import math

import torch

from autograd_descent import minimise


def test_one_dimensional_function_with_known_gradient():
    # f(x) = sum(exp(x) - 2x): gradient exp(x) - 2, minimum at log 2.
    f = lambda x: (torch.exp(x) - 2 * x).sum()  # noqa: E731
    x = torch.tensor([1.0, -0.5], dtype=torch.float64)
    for _ in range(4):
        x = x - 0.3 * (torch.exp(x) - 2)
    got, losses = minimise(f, torch.tensor([1.0, -0.5], dtype=torch.float64), lr=0.3, steps=4)
    assert torch.allclose(got, x, atol=1e-9), f"expected {x.tolist()}, got {got.tolist()}"
    assert len(losses) == 4


def test_converges_to_the_minimum():
    f = lambda x: ((x - torch.tensor([1.0, -2.0])) ** 2).sum() * 0.5  # noqa: E731
    got, losses = minimise(f, torch.tensor([10.0, 10.0]), lr=0.5, steps=40)
    assert torch.allclose(got, torch.tensor([1.0, -2.0]), atol=1e-4), f"should reach [1, -2], got {got.tolist()}"
    assert losses[-1] < losses[0] and math.isfinite(losses[-1])


def test_matrix_shaped_parameters():
    x0 = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    got, _ = minimise(lambda x: (x**2).sum(), x0, lr=0.1, steps=3)
    want = x0 * (1 - 0.2) ** 3
    assert got.shape == (2, 2) and torch.allclose(got, want, atol=1e-6), f"expected {want.tolist()}, got {got.tolist()}"
