import torch


def dropout(
    x: torch.Tensor, p: float, training: bool, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Inverted dropout: in training, zero each entry with probability p and divide survivors by 1 - p.

    In evaluation (training=False) return x unchanged. Draw the mask with
    torch.rand(x.shape, generator=generator); an entry survives when its number is >= p.
    Raise ValueError if p is outside [0, 1].
    """
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability in [0, 1], got {p}")
    if not training or p == 0.0:
        return x  # evaluation needs no correction: training already kept the expected scale
    if p == 1.0:
        return torch.zeros_like(x)  # everything dropped; 1 / (1 - p) would be a division by zero
    # Each entry survives with probability 1 - p.
    mask = (torch.rand(x.shape, generator=generator) >= p).to(x.dtype)
    # Dividing the survivors by 1 - p keeps E[y] = x, so eval-time activations match training's.
    return x * mask / (1.0 - p)
