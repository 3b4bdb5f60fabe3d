import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalise over the last axis (biased variance), then scale by gamma and shift by beta."""
    raise NotImplementedError("subtract the mean, divide by sqrt(variance + eps), then gamma * ... + beta")


def gelu(z: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation: 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))."""
    raise NotImplementedError


def multi_head_attention(
    x: np.ndarray,
    W_q: np.ndarray,
    W_k: np.ndarray,
    W_v: np.ndarray,
    W_o: np.ndarray,
    n_heads: int,
    causal: bool = True,
) -> np.ndarray:
    """Multi-head self-attention on x of shape (batch, seq, d_model); returns the same shape.

    Project with x @ W_q, x @ W_k, x @ W_v; split d_model into n_heads heads of d_head
    columns; attend in each head with scale sqrt(d_head) (causal mask if causal); concatenate
    the heads in order and multiply by W_o. Raises ValueError if x is not 3-D or d_model is
    not divisible by n_heads.
    """
    raise NotImplementedError("project, split heads, attend, concatenate, project")


def transformer_block(
    x: np.ndarray, params: dict[str, np.ndarray], n_heads: int, causal: bool = True
) -> np.ndarray:
    """Pre-norm block: h = x + MHA(LN1(x)); out = h + GELU(LN2(h) @ W_1 + b_1) @ W_2 + b_2."""
    raise NotImplementedError("two sub-layers, each normalised on the way in and added to the residual")
