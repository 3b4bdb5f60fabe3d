# Hidden tests: other shapes, learning rates, betas and eps than the visible ones, checked against
# torch.optim.Adam and against the formulas in float64; plus the shared step counter with missing grads.
import torch

from adam_step import adam_step, make_adam_state


def test_matches_torch_adam_on_a_matrix_parameter():
    g = torch.Generator().manual_seed(5)
    X = torch.randn(30, 3, generator=g)
    Y = X @ torch.randn(3, 2, generator=g) + 0.5
    mine = [torch.full((3, 2), 0.5, requires_grad=True), torch.zeros(2, requires_grad=True)]
    ref = [p.detach().clone().requires_grad_() for p in mine]
    state = make_adam_state(mine)
    opt = torch.optim.Adam(ref, lr=0.03, betas=(0.8, 0.95), eps=1e-4)
    for step in range(12):
        for params in (mine, ref):
            for p in params:
                p.grad = None
            ((X @ params[0] + params[1] - Y) ** 2).mean().backward()
        adam_step(mine, state, lr=0.03, betas=(0.8, 0.95), eps=1e-4)
        opt.step()
        for a, b in zip(mine, ref):
            assert torch.allclose(a, b, atol=1e-5), (
                f"lr 0.03, betas (0.8, 0.95), eps 1e-4, step {step + 1}: you have {a.tolist()}, "
                f"torch.optim.Adam has {b.tolist()}"
            )


def test_two_steps_against_the_formulas():
    w = torch.tensor([0.0, 2.0, -1.0], dtype=torch.float64, requires_grad=True)
    state = make_adam_state([w])
    grads = [torch.tensor([3.0, -0.5, 0.0], dtype=torch.float64), torch.tensor([1.0, 0.5, -2.0], dtype=torch.float64)]
    b1, b2, lr, eps = 0.7, 0.9, 0.2, 1e-8
    m = torch.zeros(3, dtype=torch.float64)
    v = torch.zeros(3, dtype=torch.float64)
    want = w.detach().clone()
    for t, grad in enumerate(grads, start=1):
        w.grad = grad.clone()
        adam_step([w], state, lr=lr, betas=(b1, b2), eps=eps)
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        want = want - lr * (m / (1 - b1**t)) / ((v / (1 - b2**t)).sqrt() + eps)
        assert torch.allclose(state["m"][0], m) and torch.allclose(state["v"][0], v), (
            f"after step {t}: expected m = {m.tolist()} and v = {v.tolist()}, got {state['m'][0].tolist()} and "
            f"{state['v'][0].tolist()} (store them before bias correction)"
        )
        assert torch.allclose(w.detach(), want, atol=1e-9), f"after step {t}: expected w = {want.tolist()}, got {w.detach().tolist()}"
    assert state["step"] == 2, f"two calls should leave state['step'] at 2, got {state['step']}"


def test_first_step_moves_by_lr_against_the_sign_of_the_gradient():
    w = torch.tensor([[5.0, -3.0], [0.0, 1.0]], requires_grad=True)
    state = make_adam_state([w])
    w.grad = torch.tensor([[-2000.0, 0.3], [7.0, -1e-3]])
    adam_step([w], state, lr=0.05)
    want = torch.tensor([[5.05, -3.05], [-0.05, 1.05]])
    assert torch.allclose(w.detach(), want, atol=1e-4), (
        f"the first step moves each coordinate by lr = 0.05 against its gradient's sign: expected {want.tolist()}, "
        f"got {w.detach().tolist()}"
    )


def test_one_step_counter_for_all_parameters_even_when_some_have_no_gradient():
    a = torch.zeros(2, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    state = make_adam_state([a, b])
    a.grad = torch.tensor([1.0, -1.0])
    adam_step([a, b], state, lr=0.1, betas=(0.5, 0.5))  # b has no gradient yet
    assert torch.equal(b.detach(), torch.zeros(2)) and torch.equal(state["v"][1], torch.zeros(2)), (
        "a parameter whose .grad is None is skipped, its m and v included"
    )
    b.grad = torch.tensor([2.0, 2.0])
    adam_step([a, b], state, lr=0.1, betas=(0.5, 0.5))
    assert state["step"] == 2, f"the counter advances once per call: expected 2, got {state['step']}"
    # b's first update happens at t = 2: m = 0.5·2 = 1, v = 0.5·4 = 2; m̂ = 1/0.75, v̂ = 2/0.75.
    step = 0.1 * (1 / 0.75) / ((2 / 0.75) ** 0.5 + 1e-8)
    assert torch.allclose(b.detach(), torch.full((2,), -step), atol=1e-6), (
        f"b is first updated at the optimiser's step t = 2, so its bias correction uses t = 2: expected "
        f"{-step:.6f} per coordinate, got {b.detach().tolist()}"
    )
