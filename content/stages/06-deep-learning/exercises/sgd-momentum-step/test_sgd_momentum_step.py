import torch

from sgd_momentum_step import sgd_momentum_step


def make_problem(seed=0):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(32, 3, generator=g)
    y = X @ torch.tensor([1.5, -2.0, 0.5]) + 0.3
    return X, y


def loss_of(w, b, X, y):
    return ((X @ w + b - y) ** 2).mean()


def test_worked_example_two_steps():
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    v = [torch.zeros(2)]
    w.grad = torch.tensor([0.5, 1.0])
    sgd_momentum_step([w], v, lr=0.1, momentum=0.9)
    assert torch.allclose(w.detach(), torch.tensor([0.95, -2.1])), (
        f"first step: v = g = [0.5, 1.0], so w should be [0.95, -2.1], got {w.detach().tolist()}"
    )
    w.grad = torch.tensor([0.5, -1.0])
    sgd_momentum_step([w], v, lr=0.1, momentum=0.9)
    assert torch.allclose(v[0], torch.tensor([0.95, -0.1])), (
        f"second step: v = 0.9·[0.5, 1.0] + [0.5, -1.0] = [0.95, -0.1], got {v[0].tolist()}"
    )
    assert torch.allclose(w.detach(), torch.tensor([0.855, -2.09])), (
        f"second step: w = [0.95, -2.1] − 0.1·[0.95, -0.1] = [0.855, -2.09], got {w.detach().tolist()}"
    )


def test_matches_torch_optim_sgd_for_ten_steps():
    X, y = make_problem()
    mine = [torch.zeros(3, requires_grad=True), torch.zeros(1, requires_grad=True)]
    ref = [torch.zeros(3, requires_grad=True), torch.zeros(1, requires_grad=True)]
    velocities = [torch.zeros(3), torch.zeros(1)]
    opt = torch.optim.SGD(ref, lr=0.05, momentum=0.9)
    for step in range(10):
        for params in (mine, ref):
            for p in params:
                p.grad = None
            loss_of(*params, X, y).backward()
        sgd_momentum_step(mine, velocities, lr=0.05, momentum=0.9)
        opt.step()
        for a, b in zip(mine, ref):
            assert torch.allclose(a, b, atol=1e-6), (
                f"after step {step + 1} your parameters {a.tolist()} differ from torch.optim.SGD's "
                f"{b.tolist()}; check v ← μ·v + g, then p ← p − lr·v"
            )


def test_momentum_zero_is_plain_sgd():
    w = torch.tensor([2.0, 3.0], requires_grad=True)
    v = [torch.zeros(2)]
    for _ in range(3):
        w.grad = torch.tensor([1.0, -1.0])
        sgd_momentum_step([w], v, lr=0.5, momentum=0.0)
    assert torch.allclose(w.detach(), torch.tensor([0.5, 4.5])), (
        f"with momentum 0, three steps of lr·g = ±0.5 should give [0.5, 4.5], got {w.detach().tolist()}"
    )


def test_updates_in_place_and_keeps_requires_grad():
    w = torch.ones(4, requires_grad=True)
    v = torch.zeros(4)
    params, velocities = [w], [v]
    w.grad = torch.full((4,), 2.0)
    sgd_momentum_step(params, velocities, lr=0.1)
    assert params[0] is w and velocities[0] is v, (
        "update the tensors in place (p.sub_, v.mul_().add_()); rebinding list items breaks the link "
        "to the model that owns the parameter"
    )
    assert torch.allclose(w.detach(), torch.full((4,), 0.8)), f"expected 1 − 0.1·2 = 0.8, got {w.detach().tolist()}"
    assert torch.allclose(v, torch.full((4,), 2.0)), f"the velocity should now be the gradient, 2.0; got {v.tolist()}"
    assert w.requires_grad and w.grad_fn is None, (
        "the parameter must stay a leaf that requires grad; do the update under torch.no_grad()"
    )


def test_does_not_zero_the_gradient():
    w = torch.ones(2, requires_grad=True)
    w.grad = torch.tensor([1.0, 2.0])
    sgd_momentum_step([w], [torch.zeros(2)], lr=0.1)
    assert w.grad is not None and torch.allclose(w.grad, torch.tensor([1.0, 2.0])), (
        "the step must leave .grad alone; clearing gradients is the training loop's job (zero_grad)"
    )


def test_skips_parameters_without_gradient():
    used = torch.ones(2, requires_grad=True)
    unused = torch.ones(2, requires_grad=True)
    v_used, v_unused = torch.zeros(2), torch.zeros(2)
    used.grad = torch.tensor([1.0, 1.0])
    sgd_momentum_step([used, unused], [v_used, v_unused], lr=0.1)
    assert torch.equal(unused.detach(), torch.ones(2)) and torch.equal(v_unused, torch.zeros(2)), (
        "a parameter whose .grad is None took no part in the loss: leave it and its velocity unchanged"
    )
    assert torch.allclose(used.detach(), torch.full((2,), 0.9)), "the parameter with a gradient should still move"


def test_changing_learning_rate_matches_torch():
    # PyTorch scales the whole velocity by the current lr; folding lr into v differs once lr changes.
    X, y = make_problem(seed=3)
    mine = [torch.zeros(3, requires_grad=True), torch.zeros(1, requires_grad=True)]
    ref = [torch.zeros(3, requires_grad=True), torch.zeros(1, requires_grad=True)]
    velocities = [torch.zeros(3), torch.zeros(1)]
    opt = torch.optim.SGD(ref, lr=0.1, momentum=0.8)
    for step, lr in enumerate([0.1, 0.1, 0.02, 0.02, 0.005]):
        for group in opt.param_groups:
            group["lr"] = lr
        for params in (mine, ref):
            for p in params:
                p.grad = None
            loss_of(*params, X, y).backward()
        sgd_momentum_step(mine, velocities, lr=lr, momentum=0.8)
        opt.step()
        for a, b in zip(mine, ref):
            assert torch.allclose(a, b, atol=1e-6), (
                f"after step {step + 1} (lr {lr}) you have {a.tolist()}, torch.optim.SGD has {b.tolist()}; "
                "keep the learning rate out of the velocity: v ← μ·v + g, p ← p − lr·v"
            )
