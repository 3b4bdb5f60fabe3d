import torch
from torch import nn

from batch_norm_by_hand import batch_norm_1d


def reference_layer(d, seed=0):
    torch.manual_seed(seed)
    bn = nn.BatchNorm1d(d)
    with torch.no_grad():
        bn.weight.copy_(torch.rand(d) + 0.5)
        bn.bias.copy_(torch.randn(d))
    return bn


def mine_from(bn):
    return (bn.weight.detach().clone(), bn.bias.detach().clone(),
            bn.running_mean.clone(), bn.running_var.clone())


def test_worked_example_in_training_mode():
    x = torch.tensor([[1.0], [2.0], [3.0], [6.0]])
    rm, rv = torch.zeros(1), torch.ones(1)
    y = batch_norm_1d(x, torch.ones(1), torch.zeros(1), rm, rv, training=True)
    expected = (x - 3.0) / (3.5 + 1e-5) ** 0.5
    assert torch.allclose(y, expected, atol=1e-5), (
        f"normalise with the batch mean 3 and the biased variance 3.5 (divide by B = 4): expected "
        f"{expected.flatten().tolist()}, got {y.flatten().tolist()}"
    )
    assert torch.allclose(rm, torch.tensor([0.3])), f"running mean: 0.9·0 + 0.1·3 = 0.3, got {rm.tolist()}"
    assert torch.allclose(rv, torch.tensor([0.9 + 0.1 * 14 / 3])), (
        f"running variance uses the unbiased variance 14/3: 0.9·1 + 0.1·4.667 = 1.3667, got {rv.tolist()}"
    )


def test_matches_batchnorm1d_over_several_training_batches():
    bn = reference_layer(5)
    gamma, beta, rm, rv = mine_from(bn)
    g = torch.Generator().manual_seed(1)
    for step in range(4):
        x = torch.randn(16, 5, generator=g) * 3 + 2
        expected = bn(x)
        got = batch_norm_1d(x, gamma, beta, rm, rv, training=True)
        assert torch.allclose(got, expected, atol=1e-5), f"training batch {step + 1}: output differs from nn.BatchNorm1d"
        assert torch.allclose(rm, bn.running_mean, atol=1e-6) and torch.allclose(rv, bn.running_var, atol=1e-5), (
            f"after training batch {step + 1} the running statistics differ from nn.BatchNorm1d's"
        )


def test_matches_batchnorm1d_in_eval_mode_and_updates_nothing():
    bn = reference_layer(3, seed=2)
    g = torch.Generator().manual_seed(3)
    bn(torch.randn(32, 3, generator=g) + 1)  # one training batch so the running statistics are not trivial
    gamma, beta, rm, rv = mine_from(bn)
    bn.eval()
    x = torch.randn(8, 3, generator=g)
    got = batch_norm_1d(x, gamma, beta, rm, rv, training=False)
    assert torch.allclose(got, bn(x), atol=1e-5), "in evaluation mode normalise with running_mean and running_var"
    assert torch.equal(rm, bn.running_mean) and torch.equal(rv, bn.running_var), (
        "evaluation must not update the running statistics"
    )


def test_eval_output_of_an_example_does_not_depend_on_the_batch():
    gamma, beta = torch.ones(2), torch.zeros(2)
    rm, rv = torch.tensor([1.0, -1.0]), torch.tensor([4.0, 0.25])
    x = torch.tensor([[3.0, 0.0], [100.0, -50.0]])
    alone = batch_norm_1d(x[:1], gamma, beta, rm, rv, training=False)
    together = batch_norm_1d(x, gamma, beta, rm, rv, training=False)
    assert torch.allclose(alone[0], together[0]), "in eval mode an example's output must not depend on the others"
    assert torch.allclose(alone[0], torch.tensor([1.0, 2.0]), atol=1e-4), (
        f"(3 − 1)/√4 = 1 and (0 + 1)/√0.25 = 2; got {alone[0].tolist()}"
    )


def test_training_output_has_beta_mean_and_gamma_spread():
    g = torch.Generator().manual_seed(4)
    x = torch.randn(200, 3, generator=g) * 10 - 7
    gamma, beta = torch.tensor([1.0, 2.0, 0.5]), torch.tensor([0.0, 3.0, -1.0])
    y = batch_norm_1d(x, gamma, beta, torch.zeros(3), torch.ones(3), training=True)
    assert torch.allclose(y.mean(dim=0), beta, atol=1e-4), "each feature's output mean should be β"
    assert torch.allclose(y.std(dim=0, unbiased=False), gamma, atol=1e-3), (
        "each feature's output spread should be γ; normalise per feature, over dimension 0"
    )


def test_gradients_flow_and_input_is_unchanged():
    x = torch.randn(6, 2, generator=torch.Generator().manual_seed(5), requires_grad=True)
    x_before = x.detach().clone()
    gamma = torch.ones(2, requires_grad=True)
    beta = torch.zeros(2, requires_grad=True)
    y = batch_norm_1d(x, gamma, beta, torch.zeros(2), torch.ones(2), training=True)
    (y * torch.arange(12.0).reshape(6, 2)).sum().backward()
    assert x.grad is not None and gamma.grad is not None and beta.grad is not None, (
        "the output must keep the gradient path to x, γ and β"
    )
    assert torch.equal(x.detach(), x_before), "do not change x in place"


def test_training_needs_two_examples_but_eval_does_not():
    one = torch.ones(1, 3)
    out = batch_norm_1d(one, torch.ones(3), torch.zeros(3), torch.zeros(3), torch.ones(3), training=False)
    assert out.shape == (1, 3), "evaluation works for a single example"
    try:
        batch_norm_1d(one, torch.ones(3), torch.zeros(3), torch.zeros(3), torch.ones(3), training=True)
    except ValueError:
        return
    raise AssertionError("a training batch of 1 has no variance: expected ValueError")
