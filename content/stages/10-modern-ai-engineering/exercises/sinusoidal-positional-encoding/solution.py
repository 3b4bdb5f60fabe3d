import numpy as np


def sinusoidal_positional_encoding(seq_len: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """Return the (seq_len, d_model) table of sinusoidal positional encodings.

    PE[p, 2i] = sin(p / base**(2i / d_model)) and PE[p, 2i + 1] = cos(p / base**(2i / d_model)).
    Raises ValueError if d_model is odd or not positive, or seq_len is negative.
    """
    if d_model <= 0 or d_model % 2 != 0:
        raise ValueError(f"d_model must be a positive even number, got {d_model}")
    if seq_len < 0:
        raise ValueError(f"seq_len must be >= 0, got {seq_len}")

    positions = np.arange(seq_len)[:, None]                  # (seq_len, 1)
    two_i = np.arange(0, d_model, 2)                          # 0, 2, 4, ..., d_model - 2
    rates = 1.0 / base ** (two_i / d_model)                   # (d_model / 2,): fast to slow
    angles = positions * rates[None, :]                       # (seq_len, d_model / 2) by broadcasting

    pe = np.zeros((seq_len, d_model))
    pe[:, 0::2] = np.sin(angles)   # column 2i
    pe[:, 1::2] = np.cos(angles)   # column 2i + 1, same frequency as its sine partner
    return pe
