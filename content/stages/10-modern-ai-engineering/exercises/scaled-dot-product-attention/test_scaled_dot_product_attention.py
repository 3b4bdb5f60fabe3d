import numpy as np

from scaled_dot_product_attention import scaled_dot_product_attention


def reference(Q, K, V, mask=None):
    """Loop over single queries, the slow and obvious way."""
    lead = Q.shape[:-2]
    n_q, n_k = Q.shape[-2], K.shape[-2]
    out = np.zeros(lead + (n_q, V.shape[-1]))
    w = np.zeros(lead + (n_q, n_k))
    full = np.ones(lead + (n_q, n_k), dtype=bool) if mask is None else np.broadcast_to(mask, lead + (n_q, n_k))
    for idx in np.ndindex(*lead):
        for i in range(n_q):
            keep = full[idx][i]
            s = K[idx][keep] @ Q[idx][i] / np.sqrt(Q.shape[-1])
            e = np.exp(s - s.max())
            w[idx + (i,)][keep] = e / e.sum()
            out[idx + (i,)] = w[idx + (i,)] @ V[idx]
    return out, w


def random_qkv(seed, lead=(), n_q=4, n_k=5, d_k=3, d_v=2):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=lead + (n_q, d_k)), rng.normal(size=lead + (n_k, d_k)),
            rng.normal(size=lead + (n_k, d_v)))


def test_hand_example():
    Q = np.array([[1.0, 0.0]])
    K = np.array([[1.0, 0.0], [0.0, 1.0]])
    V = np.array([[10.0, 0.0], [0.0, 10.0]])
    out, w = scaled_dot_product_attention(Q, K, V)
    assert w.shape == (1, 2) and out.shape == (1, 2), (
        f"1 query and 2 keys give weights (1, 2) and output (1, d_v) = (1, 2); got {w.shape}, {out.shape}"
    )
    assert np.allclose(w, [[0.66976155, 0.33023845]]), (
        "scores are [1, 0] / sqrt(2), so the weights are softmax([0.7071, 0]) = [0.6698, 0.3302]; "
        f"got {w}. [0.7311, 0.2689] means the scores were not divided by sqrt(d_k)"
    )
    assert np.allclose(out, [[6.6976155, 3.3023845]]), f"output = weights @ V = [[6.698, 3.302]], got {out}"


def test_weights_are_a_distribution_over_the_keys():
    Q, K, V = random_qkv(0, n_q=4, n_k=6)
    out, w = scaled_dot_product_attention(Q, K, V)
    assert w.shape == (4, 6), f"weights compare 4 queries with 6 keys: expected (4, 6), got {w.shape}"
    assert np.all(w >= 0) and np.allclose(w.sum(axis=-1), 1.0), (
        f"each row (one query) must sum to 1 over the keys; row sums are {w.sum(axis=-1)}. "
        "Did you take the softmax over the wrong axis?"
    )
    assert out.shape == (4, 2), f"output has one row per query and d_v = 2 columns, got {out.shape}"


def test_matches_reference_with_batch_and_head_axes():
    Q, K, V = random_qkv(1, lead=(2, 3), n_q=4, n_k=5, d_k=8, d_v=6)
    out, w = scaled_dot_product_attention(Q, K, V)
    ref_out, ref_w = reference(Q, K, V)
    assert out.shape == (2, 3, 4, 6) and w.shape == (2, 3, 4, 5), (
        f"leading (batch, heads) axes must pass through: got output {out.shape}, weights {w.shape}"
    )
    assert np.allclose(w, ref_w) and np.allclose(out, ref_out), (
        "with batch and head axes, attention works on the last two axes only; use "
        "np.swapaxes(K, -1, -2) rather than K.T, and scale by sqrt(Q.shape[-1])"
    )


def test_scale_uses_sqrt_of_d_k():
    d_k = 16
    Q = np.ones((1, d_k)) * 0.5
    K = np.stack([np.ones(d_k) * 0.5, np.zeros(d_k)])
    V = np.array([[1.0], [0.0]])
    _, w = scaled_dot_product_attention(Q, K, V)
    expected = 1 / (1 + np.exp(-4.0 / 4.0))  # scores 4/sqrt(16) = 1 and 0
    assert np.isclose(w[0, 0], expected), (
        f"the scores are [4, 0] / sqrt(16) = [1, 0], so the first weight is {expected:.4f}; got {w[0, 0]:.4f}. "
        "Dividing by d_k or not at all gives a different value"
    )


def test_masked_keys_get_exactly_zero_weight():
    Q, K, V = random_qkv(2, n_q=3, n_k=3)
    causal = np.tril(np.ones((3, 3), dtype=bool))
    out, w = scaled_dot_product_attention(Q, K, V, mask=causal)
    assert np.all(w[~causal] == 0.0), f"blocked positions must get weight exactly 0, got\n{w}"
    assert np.allclose(w.sum(axis=-1), 1.0), f"the allowed weights must still sum to 1, got {w.sum(axis=-1)}"
    assert np.allclose(out[0], V[0]), "with a causal mask the first query sees only key 0, so its output is V[0]"
    ref_out, ref_w = reference(Q, K, V, causal)
    assert np.allclose(w, ref_w) and np.allclose(out, ref_out), (
        "with a mask, each query's result must equal attention over its allowed keys only"
    )


def test_padding_mask_broadcasts_over_queries():
    Q, K, V = random_qkv(3, lead=(2,), n_q=3, n_k=4)
    lengths = np.array([4, 2])  # the second sequence has 2 real tokens and 2 padding tokens
    padding = (np.arange(4) < lengths[:, None])[:, None, :]  # (batch, 1, n_k)
    out, w = scaled_dot_product_attention(Q, K, V, mask=padding)
    assert np.all(w[1, :, 2:] == 0.0), f"padding keys 2 and 3 of sequence 1 must get weight 0, got\n{w[1]}"
    ref_out, _ = reference(Q, K, V, padding)
    assert np.allclose(out, ref_out), "a (batch, 1, n_k) mask must broadcast to every query"


def test_softmax_is_stable_for_large_scores():
    Q = np.array([[1000.0]])
    K = np.array([[1.0], [0.999]])
    V = np.array([[1.0], [0.0]])
    out, w = scaled_dot_product_attention(Q, K, V)
    assert np.all(np.isfinite(w)), (
        f"scores of 1000 and 999 overflow np.exp unless you subtract the row maximum first; got {w}"
    )
    assert np.allclose(w, [[0.73105858, 0.26894142]]), (
        f"softmax([1000, 999]) = softmax([1, 0]) = [0.7311, 0.2689], got {w}"
    )


def test_a_query_with_no_allowed_key_raises_value_error():
    Q, K, V = random_qkv(4, n_q=2, n_k=3)
    mask = np.array([[True, False, False], [False, False, False]])
    try:
        scaled_dot_product_attention(Q, K, V, mask=mask)
    except ValueError:
        return
    raise AssertionError("query 1 may attend to nothing (its weights would be 0/0): expected ValueError")


def test_inputs_are_not_modified():
    Q, K, V = random_qkv(5)
    mask = np.tril(np.ones((4, 5), dtype=bool))
    copies = [a.copy() for a in (Q, K, V, mask)]
    scaled_dot_product_attention(Q, K, V, mask=mask)
    assert all(np.array_equal(a, c) for a, c in zip((Q, K, V, mask), copies)), (
        "Q, K, V and mask must not change"
    )
