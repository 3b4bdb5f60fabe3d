import torch

from autograd_descent import minimise


def quadratic(x: torch.Tensor) -> torch.Tensor:
    return ((x - 3) ** 2).sum()


def expected_after(x0: torch.Tensor, lr: float, k: int) -> torch.Tensor:
    """x_k for the quadratic: its gradient 2(x - 3) makes each step shrink x - 3 by (1 - 2 lr)."""
    return 3 + (x0 - 3) * (1 - 2 * lr) ** k


def test_one_step_follows_the_gradient():
    x, losses = minimise(quadratic, torch.tensor([0.0]), lr=0.1, steps=1)
    assert torch.allclose(x, torch.tensor([0.6])), f"0 - 0.1 * (-6) = 0.6, got {x.tolist()}"
    assert len(losses) == 1 and abs(losses[0] - 9.0) < 1e-6, f"the loss before the step is (0 - 3)² = 9, got {losses}"


def test_several_steps_match_the_formula():
    x0 = torch.tensor([0.0, 5.0, -1.0])
    x, _ = minimise(quadratic, x0, lr=0.1, steps=5)
    want = expected_after(x0, 0.1, 5)
    assert torch.allclose(x, want, atol=1e-5), (
        f"after 5 steps expected {want.tolist()}, got {x.tolist()}. If you are further off with each step, "
        "the gradients are accumulating: backward() adds to x.grad, so reset it after every update"
    )


def test_losses_are_floats_recorded_before_each_step():
    x0 = torch.tensor([1.0, 1.0])
    _, losses = minimise(quadratic, x0, lr=0.25, steps=3)
    want = [float(quadratic(expected_after(x0, 0.25, k))) for k in range(3)]
    assert all(isinstance(v, float) for v in losses), f"return Python floats (loss.item()), got {[type(v).__name__ for v in losses]}"
    assert len(losses) == 3 and all(abs(a - b) < 1e-5 for a, b in zip(losses, want)), f"expected {want}, got {losses}"


def test_works_for_any_differentiable_function():
    # f(w) = mean((X w - y)^2); its gradient is (2/n) Xᵀ(X w - y). Check two steps against it.
    torch.manual_seed(0)
    X, y = torch.randn(20, 3), torch.randn(20)
    f = lambda w: ((X @ w - y) ** 2).mean()  # noqa: E731
    w = torch.zeros(3)
    for _ in range(2):
        w = w - 0.05 * (2 / 20) * X.T @ (X @ w - y)
    got, _ = minimise(f, torch.zeros(3), lr=0.05, steps=2)
    assert torch.allclose(got, w, atol=1e-5), f"two steps on a least-squares loss: expected {w.tolist()}, got {got.tolist()}"


def test_start_is_unchanged_and_result_needs_no_grad():
    x0 = torch.tensor([0.0, 2.0])
    x, _ = minimise(quadratic, x0, lr=0.1, steps=3)
    assert torch.equal(x0, torch.tensor([0.0, 2.0])), f"x0 must not change, it is now {x0.tolist()}"
    assert not x0.requires_grad, "x0 must not be switched to requires_grad: work on a copy"
    assert not x.requires_grad, "return x.detach(): the caller does not want the graph"


def test_zero_steps_returns_the_start():
    x, losses = minimise(quadratic, torch.tensor([4.0]), lr=0.1, steps=0)
    assert torch.equal(x, torch.tensor([4.0])) and losses == [], f"expected (tensor([4.]), []), got ({x}, {losses})"
