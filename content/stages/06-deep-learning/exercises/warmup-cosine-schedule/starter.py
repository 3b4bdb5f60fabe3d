import math


def lr_at(step: int, base_lr: float, warmup_steps: int, total_steps: int) -> float:
    """The learning rate for `step` (from 0) under linear warm-up, then cosine decay to 0.

    Warm-up: base_lr * step / warmup_steps for step < warmup_steps.
    Decay: base_lr * 0.5 * (1 + cos(pi * progress)), progress = (step - W) / (T - W).
    From total_steps on: 0.0.
    """
    raise NotImplementedError("three ranges: warm-up, cosine decay, after the end")
