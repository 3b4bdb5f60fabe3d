import torch


def make_adam_state(params: list[torch.Tensor]) -> dict:
    """Adam's state: a step counter and zero running averages, one pair per parameter."""
    return {
        "step": 0,
        "m": [torch.zeros_like(p) for p in params],
        "v": [torch.zeros_like(p) for p in params],
    }


def adam_step(
    params: list[torch.Tensor],
    state: dict,
    lr: float = 1e-3,
    betas: tuple[float, float] = (0.9, 0.999),
    eps: float = 1e-8,
) -> None:
    """One Adam step, in place, for every parameter whose .grad is not None.

    Increase state["step"] to t, update m and v (the running averages of g and g**2),
    correct their bias by dividing by 1 - beta**t, and move each parameter by
    -lr * m_hat / (sqrt(v_hat) + eps).
    """
    beta1, beta2 = betas
    state["step"] += 1
    t = state["step"]
    # m and v started at zero, so after t steps they carry only 1 - beta**t of the weight
    # a full average would: these factors scale them back up.
    correction1 = 1 - beta1**t
    correction2 = 1 - beta2**t
    with torch.no_grad():
        for p, m, v in zip(params, state["m"], state["v"]):
            if p.grad is None:
                continue
            g = p.grad
            m.mul_(beta1).add_((1 - beta1) * g)        # average gradient: the direction
            v.mul_(beta2).add_((1 - beta2) * g * g)    # average squared gradient: the scale
            m_hat = m / correction1
            v_hat = v / correction2
            # eps after the square root keeps the step finite when v_hat is ~0.
            p.sub_(lr * m_hat / (v_hat.sqrt() + eps))
