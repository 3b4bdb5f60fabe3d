# Hidden tests: other momenta, learning-rate schedules and parameter shapes than the visible ones,
# checked against torch.optim.SGD and against the recurrence worked out here.
import torch

from sgd_momentum_step import sgd_momentum_step


def test_matches_torch_sgd_on_a_matrix_with_momentum_one_half():
    g = torch.Generator().manual_seed(9)
    X = torch.randn(25, 4, generator=g)
    Y = X @ torch.randn(4, 3, generator=g)
    mine = [torch.zeros(4, 3, requires_grad=True), torch.ones(3, requires_grad=True)]
    ref = [p.detach().clone().requires_grad_() for p in mine]
    velocities = [torch.zeros(4, 3), torch.zeros(3)]
    opt = torch.optim.SGD(ref, lr=0.07, momentum=0.5)
    for step in range(8):
        for params in (mine, ref):
            for p in params:
                p.grad = None
            ((X @ params[0] + params[1] - Y) ** 2).mean().backward()
        sgd_momentum_step(mine, velocities, lr=0.07, momentum=0.5)
        opt.step()
        for a, b in zip(mine, ref):
            assert torch.allclose(a, b, atol=1e-6), (
                f"momentum 0.5, lr 0.07, step {step + 1}: you have {a.tolist()}, torch.optim.SGD has {b.tolist()}"
            )


def test_constant_gradient_builds_up_speed():
    w = torch.tensor([0.0], requires_grad=True)
    v = [torch.zeros(1)]
    want_w, want_v = 0.0, 0.0
    for _ in range(4):
        w.grad = torch.tensor([1.0])
        sgd_momentum_step([w], v, lr=0.1, momentum=0.99)
        want_v = 0.99 * want_v + 1.0
        want_w -= 0.1 * want_v
    assert abs(v[0].item() - want_v) < 1e-5 and abs(w.item() - want_w) < 1e-5, (
        f"a constant gradient 1 with momentum 0.99 gives velocities 1, 1.99, 2.97, 3.94: expected v = {want_v:.4f}, "
        f"w = {want_w:.4f}; got v = {v[0].item():.4f}, w = {w.item():.4f}"
    )


def test_decaying_learning_rate_matches_torch():
    mine = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
    ref = mine.detach().clone().requires_grad_()
    velocity = torch.zeros(3)
    opt = torch.optim.SGD([ref], lr=0.3, momentum=0.6)
    for step, lr in enumerate([0.3, 0.15, 0.6, 0.05]):
        opt.param_groups[0]["lr"] = lr
        for p in (mine, ref):
            p.grad = None
            (0.5 * torch.tensor([1.0, 3.0, 0.5]) * p ** 2).sum().backward()
        sgd_momentum_step([mine], [velocity], lr=lr, momentum=0.6)
        opt.step()
        assert torch.allclose(mine, ref, atol=1e-5), (
            f"step {step + 1} with lr {lr}: you have {mine.tolist()}, torch.optim.SGD has {ref.tolist()}; "
            "multiply the whole velocity by the current lr"
        )


def test_parameter_that_gets_its_gradient_later():
    a = torch.ones(2, requires_grad=True)
    b = torch.ones(3, requires_grad=True)
    va, vb = torch.zeros(2), torch.zeros(3)
    a.grad = torch.tensor([1.0, 1.0])
    sgd_momentum_step([a, b], [va, vb], lr=0.5, momentum=0.9)
    assert torch.equal(b.detach(), torch.ones(3)) and torch.equal(vb, torch.zeros(3)), (
        "b has no gradient on the first call: it and its velocity stay as they are"
    )
    b.grad = torch.tensor([2.0, 0.0, -2.0])
    sgd_momentum_step([a, b], [va, vb], lr=0.5, momentum=0.9)
    assert torch.allclose(vb, torch.tensor([2.0, 0.0, -2.0])) and torch.allclose(b.detach(), torch.tensor([0.0, 1.0, 2.0])), (
        f"b's velocity starts from zero when its gradient first appears: expected v = [2, 0, -2], b = [0, 1, 2]; "
        f"got v = {vb.tolist()}, b = {b.detach().tolist()}"
    )
    assert torch.allclose(va, torch.full((2,), 1.9)) and torch.allclose(a.detach(), torch.tensor([-0.45, -0.45])), (
        f"a: v = 0.9·1 + 1 = 1.9, a = 0.5 − 0.5·1.9 = −0.45; got v = {va.tolist()}, a = {a.detach().tolist()}"
    )
    assert a.requires_grad and b.requires_grad and b.grad_fn is None, "parameters stay leaves that require grad"
