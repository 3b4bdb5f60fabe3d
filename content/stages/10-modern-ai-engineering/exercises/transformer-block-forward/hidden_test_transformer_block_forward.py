import numpy as np

from transformer_block_forward import transformer_block


def reference_block(x, p, n_heads, causal):
    def ln(t, g, b):
        mu = t.mean(-1, keepdims=True)
        return g * (t - mu) / np.sqrt(((t - mu) ** 2).mean(-1, keepdims=True) + 1e-5) + b

    def gelu(z):
        return 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z**3)))

    batch, seq, d = x.shape
    dh = d // n_heads
    out = np.empty_like(x)
    for b in range(batch):
        a = ln(x[b], p["ln1_gamma"], p["ln1_beta"])
        heads = []
        for j in range(n_heads):
            c = slice(j * dh, (j + 1) * dh)
            q, k, v = a @ p["W_q"][:, c], a @ p["W_k"][:, c], a @ p["W_v"][:, c]
            s = q @ k.T / np.sqrt(dh)
            if causal:
                s[np.triu_indices(seq, 1)] = -np.inf
            w = np.exp(s - s.max(1, keepdims=True))
            heads.append(w / w.sum(1, keepdims=True) @ v)
        h = x[b] + np.hstack(heads) @ p["W_o"]
        out[b] = h + gelu(ln(h, p["ln2_gamma"], p["ln2_beta"]) @ p["W_1"] + p["b_1"]) @ p["W_2"] + p["b_2"]
    return out


def test_block_matches_reference_on_another_configuration():
    rng = np.random.default_rng(21)
    d, d_ff = 12, 20
    p = {n: rng.normal(scale=0.25, size=(d, d)) for n in ("W_q", "W_k", "W_v", "W_o")}
    p.update(W_1=rng.normal(scale=0.25, size=(d, d_ff)), b_1=rng.normal(scale=0.1, size=d_ff),
             W_2=rng.normal(scale=0.25, size=(d_ff, d)), b_2=rng.normal(scale=0.1, size=d),
             ln1_gamma=1 + rng.normal(scale=0.1, size=d), ln1_beta=rng.normal(scale=0.1, size=d),
             ln2_gamma=1 + rng.normal(scale=0.1, size=d), ln2_beta=rng.normal(scale=0.1, size=d))
    x = rng.normal(size=(3, 7, d))
    for causal in (True, False):
        got = transformer_block(x, p, n_heads=3, causal=causal)
        assert np.allclose(got, reference_block(x, p, 3, causal)), f"causal={causal}"
