# Hidden tests: other shapes, values, probabilities and seeds than the visible ones, with the exact
# mask rebuilt here from torch.rand; plus gradients under a non-uniform upstream gradient.
import torch

from inverted_dropout import dropout


def test_exact_result_on_a_three_dimensional_tensor():
    x = torch.linspace(-3, 3, 60).reshape(3, 4, 5)
    for p, seed in ((0.3, 11), (0.75, 12), (0.05, 13)):
        u = torch.rand(x.shape, generator=torch.Generator().manual_seed(seed))
        want = x * (u >= p).float() / (1 - p)
        got = dropout(x, p, training=True, generator=torch.Generator().manual_seed(seed))
        assert got.shape == x.shape, f"the output keeps the input's shape {tuple(x.shape)}, got {tuple(got.shape)}"
        assert torch.allclose(got, want, atol=1e-6), (
            f"p = {p}, seed {seed}: keep entries whose torch.rand number is >= p and divide them by {1 - p:.2f}"
        )


def test_high_drop_probability_scales_survivors_by_ten():
    x = torch.full((300, 300), -2.0)
    y = dropout(x, 0.9, training=True, generator=torch.Generator().manual_seed(4))
    values = set(torch.unique(y).tolist())
    assert values <= {0.0, -20.0} and -20.0 in values, f"with p = 0.9 survivors of -2 become -2 / 0.1 = -20; got {sorted(values)[:5]}"
    kept = (y != 0).float().mean().item()
    assert abs(kept - 0.1) < 0.01, f"about 10% of entries should survive, got {kept:.1%}"
    assert abs(y.mean().item() + 2.0) < 0.1, f"the mean should stay close to -2, got {y.mean().item():.3f}"


def test_evaluation_ignores_p_and_edge_probabilities_on_other_values():
    x = torch.tensor([[1.5, -2.0], [0.0, 4.0]])
    for p in (0.0, 0.5, 1.0):
        assert torch.equal(dropout(x, p, training=False), x), f"training=False returns x unchanged, also for p = {p}"
    assert torch.equal(dropout(x, 0.0, training=True, generator=torch.Generator().manual_seed(0)), x), "p = 0 drops nothing"
    y = dropout(x, 1.0, training=True, generator=torch.Generator().manual_seed(0))
    assert torch.equal(y, torch.zeros(2, 2)), f"p = 1 drops everything: expected zeros, got {y.tolist()}"
    for bad in (1.0001, -1e-9, 2.0):
        try:
            dropout(x, bad, training=True)
        except ValueError:
            continue
        raise AssertionError(f"p = {bad} is outside [0, 1]: expected ValueError")


def test_gradient_is_upstream_times_mask_over_keep_probability():
    x = torch.randn(8, 6, generator=torch.Generator().manual_seed(1), requires_grad=True)
    x_before = x.detach().clone()
    upstream = torch.arange(48.0).reshape(8, 6) - 20
    y = dropout(x, 0.2, training=True, generator=torch.Generator().manual_seed(2))
    (y * upstream).sum().backward()
    mask = (torch.rand(8, 6, generator=torch.Generator().manual_seed(2)) >= 0.2).float()
    assert torch.allclose(x.grad, upstream * mask / 0.8), "the gradient should be the upstream gradient × mask / (1 − p)"
    assert torch.equal(x.detach(), x_before), "dropout must not change its input"
