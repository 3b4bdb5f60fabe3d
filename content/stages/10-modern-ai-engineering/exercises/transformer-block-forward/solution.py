import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalise over the last axis (biased variance), then scale by gamma and shift by beta."""
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)  # ddof=0: divide by d, as torch.nn.LayerNorm does
    return gamma * (x - mean) / np.sqrt(var + eps) + beta


def gelu(z: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation: 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))."""
    return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z**3)))


def _attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    """softmax(Q Kᵀ / sqrt(d_k)) V over the last two axes; mask True = may attend."""
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)  # stable softmax
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V


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
    x = np.asarray(x, dtype=float)
    if x.ndim != 3:
        raise ValueError(f"x must have shape (batch, seq, d_model), got {x.shape}")
    batch, seq, d_model = x.shape
    if n_heads <= 0 or d_model % n_heads != 0:
        raise ValueError(f"d_model = {d_model} is not divisible by n_heads = {n_heads}")
    d_head = d_model // n_heads

    def split(t: np.ndarray) -> np.ndarray:
        # (batch, seq, d_model) -> (batch, seq, heads, d_head) -> (batch, heads, seq, d_head):
        # head j gets columns j*d_head .. (j+1)*d_head - 1, and attention then runs on the
        # last two axes (seq, d_head) for every batch entry and head at once.
        return t.reshape(batch, seq, n_heads, d_head).transpose(0, 2, 1, 3)

    Q, K, V = split(x @ W_q), split(x @ W_k), split(x @ W_v)
    # Lower-triangular (seq, seq): query t may use keys 0..t. It broadcasts over batch and heads.
    mask = np.tril(np.ones((seq, seq), dtype=bool)) if causal else None
    heads = _attention(Q, K, V, mask)                           # (batch, heads, seq, d_head)
    concat = heads.transpose(0, 2, 1, 3).reshape(batch, seq, d_model)  # heads side by side, in order
    return concat @ W_o


def transformer_block(
    x: np.ndarray, params: dict[str, np.ndarray], n_heads: int, causal: bool = True
) -> np.ndarray:
    """Pre-norm block: h = x + MHA(LN1(x)); out = h + GELU(LN2(h) @ W_1 + b_1) @ W_2 + b_2."""
    p = params
    x = np.asarray(x, dtype=float)
    # Sub-layer 1: tokens exchange information. Only the sub-layer's input is normalised;
    # the residual stream x itself passes through untouched.
    attn = multi_head_attention(
        layer_norm(x, p["ln1_gamma"], p["ln1_beta"]), p["W_q"], p["W_k"], p["W_v"], p["W_o"], n_heads, causal
    )
    h = x + attn
    # Sub-layer 2: the same two-layer network applied to every position on its own.
    hidden = gelu(layer_norm(h, p["ln2_gamma"], p["ln2_beta"]) @ p["W_1"] + p["b_1"])  # (batch, seq, d_ff)
    return h + hidden @ p["W_2"] + p["b_2"]
