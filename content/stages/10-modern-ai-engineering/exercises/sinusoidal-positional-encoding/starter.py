import numpy as np


def sinusoidal_positional_encoding(seq_len: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """Return the (seq_len, d_model) table of sinusoidal positional encodings.

    PE[p, 2i] = sin(p / base**(2i / d_model)) and PE[p, 2i + 1] = cos(p / base**(2i / d_model)).
    Raises ValueError if d_model is odd or not positive, or seq_len is negative.
    """
    raise NotImplementedError("one angle per (position, column pair): sines in even columns, cosines in odd")
