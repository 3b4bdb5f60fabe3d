import torch

from adam_step import adam_step, make_adam_state


def grads_for(params, X, y):
    for p in params:
        p.grad = None
    w, b = params
    ((X @ w + b - y) ** 2).mean().backward()


def make_problem(seed):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(40, 4, generator=g)
    y = X @ torch.tensor([3.0, -1.0, 0.0, 20.0]) - 5.0
    return X, y


def test_first_step_moves_each_coordinate_by_about_lr():
    w = torch.tensor([1.0, 1.0], requires_grad=True)
    state = make_adam_state([w])
    w.grad = torch.tensor([100.0, -0.001])
    adam_step([w], state, lr=0.1)
    assert torch.allclose(w.detach(), torch.tensor([0.9, 1.1]), atol=1e-4), (
        "with bias correction the first step is lr·g/|g| = ±0.1 per coordinate, so expected [0.9, 1.1], "
        f"got {w.detach().tolist()}. Without the correction the step would be about 0.316."
    )
    assert state["step"] == 1, f"the first call should leave state['step'] at 1, got {state['step']}"


def test_running_averages_after_one_step():
    w = torch.tensor([0.0, 0.0], requires_grad=True)
    state = make_adam_state([w])
    w.grad = torch.tensor([2.0, -4.0])
    adam_step([w], state, lr=0.01, betas=(0.9, 0.99))
    assert torch.allclose(state["m"][0], torch.tensor([0.2, -0.4])), (
        f"m = 0.9·0 + 0.1·g = [0.2, -0.4]; stored m is {state['m'][0].tolist()} (store m before bias correction)"
    )
    assert torch.allclose(state["v"][0], torch.tensor([0.04, 0.16])), (
        f"v = 0.99·0 + 0.01·g² = [0.04, 0.16]; stored v is {state['v'][0].tolist()}"
    )


def test_matches_torch_optim_adam_for_twenty_steps():
    X, y = make_problem(0)
    mine = [torch.zeros(4, requires_grad=True), torch.zeros(1, requires_grad=True)]
    ref = [torch.zeros(4, requires_grad=True), torch.zeros(1, requires_grad=True)]
    state = make_adam_state(mine)
    opt = torch.optim.Adam(ref, lr=0.05, betas=(0.9, 0.999), eps=1e-8)
    for step in range(20):
        grads_for(mine, X, y)
        grads_for(ref, X, y)
        adam_step(mine, state, lr=0.05)
        opt.step()
        for a, b in zip(mine, ref):
            assert torch.allclose(a, b, atol=1e-5), (
                f"after step {step + 1} you have {a.tolist()}, torch.optim.Adam has {b.tolist()}"
            )
    assert state["step"] == 20, f"20 calls should leave state['step'] at 20, got {state['step']}"


def test_matches_torch_with_other_betas():
    X, y = make_problem(1)
    mine = [torch.ones(4, requires_grad=True), torch.zeros(1, requires_grad=True)]
    ref = [torch.ones(4, requires_grad=True), torch.zeros(1, requires_grad=True)]
    state = make_adam_state(mine)
    opt = torch.optim.Adam(ref, lr=0.2, betas=(0.5, 0.9), eps=1e-6)
    for step in range(8):
        grads_for(mine, X, y)
        grads_for(ref, X, y)
        adam_step(mine, state, lr=0.2, betas=(0.5, 0.9), eps=1e-6)
        opt.step()
        for a, b in zip(mine, ref):
            assert torch.allclose(a, b, atol=1e-5), (
                f"with betas (0.5, 0.9), eps 1e-6, after step {step + 1} you have {a.tolist()}, "
                f"torch.optim.Adam has {b.tolist()}; use the betas and eps you are given"
            )


def test_eps_is_added_after_the_square_root():
    w = torch.zeros(1, requires_grad=True)
    state = make_adam_state([w])
    w.grad = torch.tensor([1e-8])
    adam_step([w], state, lr=1.0, eps=1e-8)
    assert abs(w.item() + 0.5) < 1e-3, (
        f"g = 1e-8: m̂ = 1e-8, √v̂ = 1e-8, so the step is 1e-8 / (1e-8 + 1e-8) = 0.5 and w = -0.5; got {w.item()}. "
        "Putting eps inside the square root gives almost no step."
    )


def test_in_place_skips_missing_gradients_and_keeps_grad():
    a = torch.ones(3, requires_grad=True)
    b = torch.ones(2, requires_grad=True)
    params = [a, b]
    state = make_adam_state(params)
    m_a = state["m"][0]
    a.grad = torch.tensor([1.0, -1.0, 2.0])
    adam_step(params, state, lr=0.1)
    assert params[0] is a and state["m"][0] is m_a, "change parameters and running averages in place"
    assert a.requires_grad and a.grad_fn is None, "the parameter must stay a leaf: update it under torch.no_grad()"
    assert torch.equal(b.detach(), torch.ones(2)) and torch.equal(state["m"][1], torch.zeros(2)), (
        "a parameter whose .grad is None is skipped: it and its averages stay unchanged"
    )
    assert a.grad is not None, "do not clear .grad inside the step"
