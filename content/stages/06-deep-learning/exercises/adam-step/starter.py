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
    raise NotImplementedError("update the step counter, m and v, then the parameters")
