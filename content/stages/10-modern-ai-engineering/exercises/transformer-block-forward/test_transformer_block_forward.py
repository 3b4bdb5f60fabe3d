import numpy as np

from transformer_block_forward import gelu, layer_norm, multi_head_attention, transformer_block


def make_params(seed=0, d=8, d_ff=16):
    rng = np.random.default_rng(seed)
    p = {name: rng.normal(scale=0.3, size=(d, d)) for name in ("W_q", "W_k", "W_v", "W_o")}
    p["W_1"], p["b_1"] = rng.normal(scale=0.3, size=(d, d_ff)), rng.normal(scale=0.1, size=d_ff)
    p["W_2"], p["b_2"] = rng.normal(scale=0.3, size=(d_ff, d)), rng.normal(scale=0.1, size=d)
    for ln in ("ln1", "ln2"):
        p[f"{ln}_gamma"] = 1.0 + rng.normal(scale=0.1, size=d)
        p[f"{ln}_beta"] = rng.normal(scale=0.1, size=d)
    return p


def single_head(q, k, v, causal):
    s = q @ k.T / np.sqrt(q.shape[-1])
    if causal:
        s = np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)) @ v


def mha_by_loops(x, W_q, W_k, W_v, W_o, n_heads, causal):
    """Head j uses columns j*d_head:(j+1)*d_head of each projection; W_o mixes the concatenation."""
    batch, seq, d = x.shape
    dh = d // n_heads
    out = np.zeros((batch, seq, d))
    for b in range(batch):
        heads = []
        for j in range(n_heads):
            cols = slice(j * dh, (j + 1) * dh)
            heads.append(single_head(x[b] @ W_q[:, cols], x[b] @ W_k[:, cols], x[b] @ W_v[:, cols], causal))
        out[b] = np.concatenate(heads, axis=1) @ W_o
    return out


def test_layer_norm_hand_example_uses_biased_variance():
    got = layer_norm(np.array([1.0, 2.0, 3.0, 4.0]), np.ones(4), np.zeros(4))
    expected = (np.array([1.0, 2.0, 3.0, 4.0]) - 2.5) / np.sqrt(1.25 + 1e-5)
    assert np.allclose(got, expected), (
        f"mean 2.5 and variance 1.25 (divide by d = 4) give {np.round(expected, 4)}, got {np.round(got, 4)}; "
        "dividing by d - 1 gives ±1.16 and ±0.39"
    )
    x = np.random.default_rng(1).normal(3.0, 2.0, size=(2, 3, 6))
    gamma, beta = np.full(6, 2.0), np.full(6, 0.5)
    y = layer_norm(x, gamma, beta)
    assert y.shape == x.shape, f"layer norm keeps the shape, expected {x.shape}, got {y.shape}"
    assert np.allclose(y.mean(axis=-1), 0.5) and np.allclose(y.std(axis=-1), 2.0, atol=1e-4), (
        "normalise over the LAST axis (each token's features), then scale by gamma and shift by beta: "
        "every token should end with mean beta = 0.5 and spread gamma = 2"
    )


def test_gelu_values():
    got = gelu(np.array([-1.0, 0.0, 1.0, 10.0]))
    assert np.allclose(got, [-0.15880801, 0.0, 0.84119199, 10.0]), (
        f"tanh-approximate GELU gives [-0.1588, 0, 0.8412, 10] at [-1, 0, 1, 10], got {np.round(got, 4)}"
    )


def test_single_head_is_plain_attention():
    p = make_params(2)
    x = np.random.default_rng(3).normal(size=(1, 4, 8))
    got = multi_head_attention(x, p["W_q"], p["W_k"], p["W_v"], p["W_o"], n_heads=1, causal=False)
    expected = single_head(x[0] @ p["W_q"], x[0] @ p["W_k"], x[0] @ p["W_v"], causal=False) @ p["W_o"]
    assert got.shape == (1, 4, 8), f"the output keeps the shape (batch, seq, d_model) = (1, 4, 8), got {got.shape}"
    assert np.allclose(got[0], expected), "with one head: softmax(Q Kᵀ / sqrt(d_model)) V, then multiply by W_o"


def test_multi_head_matches_per_head_loop():
    p = make_params(4)
    x = np.random.default_rng(5).normal(size=(2, 5, 8))
    for causal in (False, True):
        got = multi_head_attention(x, p["W_q"], p["W_k"], p["W_v"], p["W_o"], n_heads=2, causal=causal)
        expected = mha_by_loops(x, p["W_q"], p["W_k"], p["W_v"], p["W_o"], 2, causal)
        assert np.allclose(got, expected), (
            f"causal={causal}: head j must use columns j·d_head..(j+1)·d_head of Q, K, V, scale by "
            "sqrt(d_head), and the heads must be concatenated in order before W_o. Check your "
            "reshape/transpose: (batch, seq, d) -> (batch, seq, heads, d_head) -> (batch, heads, seq, d_head)"
        )


def test_causal_output_ignores_later_tokens():
    p = make_params(6)
    x = np.random.default_rng(7).normal(size=(2, 6, 8))
    changed = x.copy()
    changed[:, 4:] = np.random.default_rng(8).normal(size=(2, 2, 8))
    before, after = transformer_block(x, p, n_heads=2), transformer_block(changed, p, n_heads=2)
    assert np.allclose(before[:, :4], after[:, :4]), (
        "with causal=True, the outputs at positions 0..3 must not change when tokens 4 and 5 change"
    )
    assert not np.allclose(before[:, 4:], after[:, 4:]), "the outputs at the changed positions should change"


def test_without_mask_every_position_sees_the_future():
    p = make_params(6)
    x = np.random.default_rng(7).normal(size=(1, 6, 8))
    changed = x.copy()
    changed[:, -1] = np.random.default_rng(8).normal(size=8)  # not a constant shift: layer norm would remove that
    a, b = transformer_block(x, p, 2, causal=False), transformer_block(changed, p, 2, causal=False)
    assert not np.allclose(a[:, 0], b[:, 0]), (
        "with causal=False, position 0 attends to the last token, so changing it must change position 0"
    )


def test_block_composes_the_pieces_pre_norm():
    p = make_params(9)
    x = np.random.default_rng(10).normal(size=(2, 5, 8))
    got = transformer_block(x, p, n_heads=2)
    h = x + multi_head_attention(layer_norm(x, p["ln1_gamma"], p["ln1_beta"]),
                                 p["W_q"], p["W_k"], p["W_v"], p["W_o"], 2, True)
    expected = h + gelu(layer_norm(h, p["ln2_gamma"], p["ln2_beta"]) @ p["W_1"] + p["b_1"]) @ p["W_2"] + p["b_2"]
    assert got.shape == x.shape, f"the block keeps the shape {x.shape}, got {got.shape}"
    assert np.allclose(got, expected), (
        "expected h = x + MHA(LN1(x)) and out = h + GELU(LN2(h) W_1 + b_1) W_2 + b_2: "
        "normalise each sub-layer's input, and add its output to the un-normalised residual"
    )


def test_zero_sublayers_leave_the_residual_stream_unchanged():
    p = make_params(11)
    p["W_o"], p["W_2"], p["b_2"] = np.zeros((8, 8)), np.zeros((16, 8)), np.zeros(8)
    x = np.random.default_rng(12).normal(size=(1, 3, 8))
    got = transformer_block(x, p, n_heads=4)
    assert np.allclose(got, x), (
        "when both sub-layers output zero, a pre-norm block returns x unchanged; if it does not, the "
        "layer norm is probably applied to the residual stream (post-norm) instead of the sub-layer input"
    )


def test_batch_entries_are_independent():
    p = make_params(13)
    x = np.random.default_rng(14).normal(size=(2, 4, 8))
    both = transformer_block(x, p, n_heads=2)
    first, second = transformer_block(x[:1], p, n_heads=2), transformer_block(x[1:], p, n_heads=2)
    assert np.allclose(both, np.concatenate([first, second])), (
        "each sequence in the batch must be processed on its own; check that no reshape mixes batch and seq"
    )


def test_bad_shapes_raise_value_error_and_inputs_are_kept():
    p = make_params(15)
    x = np.random.default_rng(16).normal(size=(1, 3, 8))
    x_copy, p_copy = x.copy(), {k: v.copy() for k, v in p.items()}
    transformer_block(x, p, n_heads=2)
    assert np.array_equal(x, x_copy) and all(np.array_equal(p[k], p_copy[k]) for k in p), (
        "the block must not change x or the weights"
    )
    for args, why in [((x, p, 3), "d_model 8 with 3 heads"), ((x[0], p, 2), "a 2-D x")]:
        try:
            transformer_block(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
