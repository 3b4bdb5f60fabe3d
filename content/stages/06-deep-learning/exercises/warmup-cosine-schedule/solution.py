import math


def lr_at(step: int, base_lr: float, warmup_steps: int, total_steps: int) -> float:
    """The learning rate for `step` (from 0) under linear warm-up, then cosine decay to 0.

    Warm-up: base_lr * step / warmup_steps for step < warmup_steps.
    Decay: base_lr * 0.5 * (1 + cos(pi * progress)), progress = (step - W) / (T - W).
    From total_steps on: 0.0.
    """
    if step < 0:
        raise ValueError(f"step must be at least 0, got {step}")
    if base_lr < 0:
        raise ValueError(f"base_lr must not be negative, got {base_lr}")
    if warmup_steps < 0 or total_steps < 1:
        raise ValueError("warmup_steps must be >= 0 and total_steps >= 1")
    if warmup_steps >= total_steps:
        raise ValueError(f"warmup_steps ({warmup_steps}) must be smaller than total_steps ({total_steps})")

    if step < warmup_steps:  # never true when warmup_steps == 0, so no division by zero
        return base_lr * step / warmup_steps
    if step >= total_steps:
        return 0.0  # past the end the cosine would climb again; hold at zero instead
    progress = (step - warmup_steps) / (total_steps - warmup_steps)  # 0 at the peak, -> 1 at the end
    return base_lr * 0.5 * (1.0 + math.cos(math.pi * progress))
