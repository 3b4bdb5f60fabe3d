import torch


def dropout(
    x: torch.Tensor, p: float, training: bool, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Inverted dropout: in training, zero each entry with probability p and divide survivors by 1 - p.

    In evaluation (training=False) return x unchanged. Draw the mask with
    torch.rand(x.shape, generator=generator); an entry survives when its number is >= p.
    Raise ValueError if p is outside [0, 1].
    """
    if not training:
        return x
    mask = torch.rand(x.shape, generator=generator) >= p
    return x * mask  # not finished: the survivors keep their training-time scale
