import torch

from inverted_dropout import dropout


def test_evaluation_mode_returns_input_unchanged():
    x = torch.arange(12.0).reshape(3, 4)
    y = dropout(x, 0.5, training=False)
    assert torch.equal(y, x), f"with training=False dropout must do nothing, got {y}"


def test_survivors_are_scaled_by_one_over_keep_probability():
    x = torch.full((50, 40), 3.0)
    y = dropout(x, 0.25, training=True, generator=torch.Generator().manual_seed(0))
    values = set(torch.unique(y).tolist())
    assert values <= {0.0, 4.0} and 4.0 in values, (
        f"with p = 0.25 every entry should be 0 or 3 / 0.75 = 4, got values {sorted(values)}. "
        "Forgetting the 1/(1 − p) leaves survivors at 3."
    )


def test_drops_about_p_of_the_entries_and_keeps_the_mean():
    x = torch.ones(200, 500)
    for p in (0.1, 0.5, 0.8):
        y = dropout(x, p, training=True, generator=torch.Generator().manual_seed(1))
        dropped = (y == 0).float().mean().item()
        assert abs(dropped - p) < 0.01, f"with p = {p} about {p:.0%} of entries should be zero, got {dropped:.1%}"
        assert abs(y.mean().item() - 1.0) < 0.02, (
            f"inverted dropout keeps the expected value: with p = {p} the mean of ones should stay ≈ 1, got {y.mean().item():.3f}"
        )


def test_mask_comes_from_torch_rand_with_the_generator():
    x = torch.ones(6, 7)
    u = torch.rand(x.shape, generator=torch.Generator().manual_seed(5))
    expected = (u >= 0.4).float() / 0.6
    y = dropout(x, 0.4, training=True, generator=torch.Generator().manual_seed(5))
    assert torch.allclose(y, expected), (
        "draw the mask with torch.rand(x.shape, generator=generator) and keep entries whose number is >= p"
    )
    y2 = dropout(x, 0.4, training=True, generator=torch.Generator().manual_seed(6))
    assert not torch.equal(y, y2), "different generator seeds should drop different entries"


def test_edge_probabilities():
    x = torch.randn(4, 5, generator=torch.Generator().manual_seed(2))
    assert torch.equal(dropout(x, 0.0, training=True), x), "p = 0 drops nothing and scales nothing"
    y = dropout(x, 1.0, training=True)
    assert torch.equal(y, torch.zeros_like(x)), f"p = 1 drops everything: expected zeros (no nan), got {y}"
    for bad in (-0.1, 1.5):
        try:
            dropout(x, bad, training=True)
        except ValueError:
            continue
        raise AssertionError(f"p = {bad} is not a probability: expected ValueError")


def test_does_not_modify_input_and_passes_gradients():
    x = torch.ones(10, 10, requires_grad=True)
    y = dropout(x, 0.5, training=True, generator=torch.Generator().manual_seed(3))
    y.sum().backward()
    assert torch.equal(x.detach(), torch.ones(10, 10)), "dropout must not change its input in place"
    kept = y.detach() != 0
    assert torch.allclose(x.grad[kept], torch.full_like(x.grad[kept], 2.0)), (
        "the gradient through a surviving entry is 1/(1 − p) = 2"
    )
    assert torch.count_nonzero(x.grad[~kept]) == 0, "no gradient flows through dropped entries"
