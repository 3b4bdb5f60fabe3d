# Hidden tests: other momentum, eps, sizes and data than the visible ones, compared with
# nn.BatchNorm1d and F.batch_norm (outputs, buffers and gradients), plus a constant feature.
import torch
from torch import nn
from torch.nn import functional as F

from batch_norm_by_hand import batch_norm_1d


def test_matches_batchnorm1d_with_other_momentum_and_eps_on_batches_of_two():
    torch.manual_seed(7)
    bn = nn.BatchNorm1d(4, momentum=0.3, eps=1e-3)
    with torch.no_grad():
        bn.weight.copy_(torch.tensor([0.5, 2.0, -1.0, 1.5]))
        bn.bias.copy_(torch.tensor([1.0, 0.0, -2.0, 0.25]))
    gamma, beta = bn.weight.detach().clone(), bn.bias.detach().clone()
    rm, rv = bn.running_mean.clone(), bn.running_var.clone()
    g = torch.Generator().manual_seed(8)
    for step in range(5):
        x = torch.randn(2, 4, generator=g) * 4 - 1  # the smallest batch training allows
        want = bn(x)
        got = batch_norm_1d(x, gamma, beta, rm, rv, training=True, momentum=0.3, eps=1e-3)
        assert torch.allclose(got, want, atol=1e-4), f"batch {step + 1} of 2 examples, eps 1e-3: output differs from nn.BatchNorm1d"
        assert torch.allclose(rm, bn.running_mean, atol=1e-5) and torch.allclose(rv, bn.running_var, atol=1e-4), (
            f"after batch {step + 1} with momentum 0.3: expected running mean {bn.running_mean.tolist()} and variance "
            f"{bn.running_var.tolist()}, got {rm.tolist()} and {rv.tolist()}"
        )
    bn.eval()
    x = torch.randn(3, 4, generator=g)
    got = batch_norm_1d(x, gamma, beta, rm, rv, training=False, momentum=0.3, eps=1e-3)
    assert torch.allclose(got, bn(x), atol=1e-4), "evaluation with eps 1e-3 differs from nn.BatchNorm1d in eval mode"


def test_eval_mode_uses_the_given_running_statistics():
    x = torch.tensor([[2.0, -1.0, 10.0], [0.0, 3.0, 10.0]])
    gamma, beta = torch.tensor([2.0, 1.0, 0.5]), torch.tensor([0.0, -1.0, 1.0])
    rm, rv = torch.tensor([1.0, 1.0, 4.0]), torch.tensor([0.25, 16.0, 9.0])
    got = batch_norm_1d(x, gamma, beta, rm, rv, training=False, eps=0.0)
    want = torch.tensor([[4.0, -1.5, 2.0], [-4.0, -0.5, 2.0]])
    assert torch.allclose(got, want, atol=1e-6), (
        f"γ·(x − running_mean)/√running_var + β with eps 0: expected {want.tolist()}, got {got.tolist()}"
    )
    assert torch.equal(rm, torch.tensor([1.0, 1.0, 4.0])) and torch.equal(rv, torch.tensor([0.25, 16.0, 9.0])), (
        "evaluation must leave the running statistics alone"
    )


def test_constant_feature_normalises_to_beta_and_shrinks_running_variance():
    x = torch.tensor([[5.0, 1.0], [5.0, 2.0], [5.0, 6.0]])
    rm, rv = torch.tensor([0.0, 0.0]), torch.tensor([2.0, 1.0])
    y = batch_norm_1d(x, torch.tensor([3.0, 1.0]), torch.tensor([0.7, 0.0]), rm, rv, training=True, momentum=0.5)
    assert torch.all(torch.isfinite(y)), f"a constant feature must not give nan or inf, got {y.tolist()}"
    assert torch.allclose(y[:, 0], torch.full((3,), 0.7)), f"a constant feature normalises to 0, so its output is β = 0.7; got {y[:, 0].tolist()}"
    assert torch.allclose(rm, torch.tensor([2.5, 1.5])), f"running mean 0.5·0 + 0.5·[5, 3] = [2.5, 1.5], got {rm.tolist()}"
    assert torch.allclose(rv, torch.tensor([1.0, 0.5 + 0.5 * 7.0])), (
        f"running variance 0.5·[2, 1] + 0.5·[0, 7] (unbiased: 14/2 = 7) = [1.0, 4.0], got {rv.tolist()}"
    )


def test_gradients_match_functional_batch_norm():
    g = torch.Generator().manual_seed(12)
    data = torch.randn(7, 3, generator=g) * 2 + 1
    weights = torch.randn(7, 3, generator=g)
    results = []
    for use_mine in (True, False):
        x = data.clone().requires_grad_()
        gamma = torch.tensor([1.5, 0.5, -1.0], requires_grad=True)
        beta = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
        rm, rv = torch.zeros(3), torch.ones(3)
        if use_mine:
            y = batch_norm_1d(x, gamma, beta, rm, rv, training=True)
        else:
            y = F.batch_norm(x, rm, rv, gamma, beta, training=True, momentum=0.1, eps=1e-5)
        (y * weights).sum().backward()
        results.append((x.grad, gamma.grad, beta.grad))
    for name, mine, ref in zip(("x", "γ", "β"), *results):
        assert torch.allclose(mine, ref, atol=1e-4), (
            f"the gradient with respect to {name} differs from torch's batch norm: expected {ref.tolist()}, got "
            f"{mine.tolist()}. Keep the batch mean and variance in the graph (do not detach them)"
        )


def test_batch_of_one_in_training_raises_and_buffers_stay():
    rm, rv = torch.tensor([0.5, 0.5]), torch.tensor([2.0, 2.0])
    try:
        batch_norm_1d(torch.tensor([[1.0, 2.0]]), torch.ones(2), torch.zeros(2), rm, rv, training=True)
    except ValueError:
        pass
    else:
        raise AssertionError("a training batch of 1 example has no variance: expected ValueError")
    out = batch_norm_1d(torch.tensor([[1.0, 2.0]]), torch.ones(2), torch.zeros(2), rm, rv, training=False, eps=0.0)
    assert torch.allclose(out, torch.tensor([[0.5, 1.5]]) / 2.0 ** 0.5), (
        f"one example in evaluation mode: (x − 0.5)/√2, expected {(torch.tensor([[0.5, 1.5]]) / 2.0 ** 0.5).tolist()}, got {out.tolist()}"
    )
