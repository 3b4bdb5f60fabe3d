import numpy as np

from scaled_dot_product_attention import scaled_dot_product_attention


def test_second_hand_example_with_three_keys():
    Q = np.array([[0.0, 2.0], [1.0, 1.0]])
    K = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    V = np.array([[1.0], [2.0], [3.0]])
    out, w = scaled_dot_product_attention(Q, K, V)
    s = Q @ K.T / np.sqrt(2)
    e = np.exp(s)
    expected_w = e / e.sum(axis=1, keepdims=True)
    assert np.allclose(w, expected_w), f"expected weights {expected_w}, got {w}"
    assert np.allclose(out, expected_w @ V), f"expected output {expected_w @ V}, got {out}"


def test_mask_matches_dropping_the_blocked_keys():
    rng = np.random.default_rng(11)
    Q, K, V = rng.normal(size=(2, 4)), rng.normal(size=(6, 4)), rng.normal(size=(6, 3))
    mask = np.array([True, False, True, True, False, True])
    out, w = scaled_dot_product_attention(Q, K, V, mask=mask)
    keep_out, keep_w = scaled_dot_product_attention(Q, K[mask], V[mask])
    assert np.allclose(out, keep_out), "masking keys must equal attending over the kept keys only"
    assert np.allclose(w[:, mask], keep_w) and np.all(w[:, ~mask] == 0.0)


def test_large_negative_scores_are_stable():
    Q = np.array([[-1000.0]])
    K = np.array([[1.0], [1.001]])
    V = np.array([[0.0], [1.0]])
    out, w = scaled_dot_product_attention(Q, K, V)
    assert np.all(np.isfinite(w)) and np.isclose(w.sum(), 1.0), f"got {w}"
    assert np.allclose(w, [[0.73105858, 0.26894142]]), f"got {w}"
