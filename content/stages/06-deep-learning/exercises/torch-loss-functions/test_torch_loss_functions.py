import math

import torch

from torch_loss_functions import binary_loss, multiclass_loss


def by_hand_cross_entropy(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """-log softmax(z)[target] = logsumexp(z) - z[target], one value per row."""
    return torch.logsumexp(logits, dim=1) - logits[torch.arange(len(targets)), targets]


def test_multiclass_worked_example():
    got = multiclass_loss(torch.tensor([[2.0, 1.0, 0.0]]), torch.tensor([0]))
    want = math.log(math.exp(2) + math.exp(1) + 1) - 2
    assert abs(float(got) - want) < 1e-5, f"expected log(e² + e + 1) - 2 ≈ {want:.4f}, got {float(got):.4f}"


def test_multiclass_takes_logits_not_probabilities():
    logits = torch.tensor([[10.0, 0.0, 0.0], [0.0, 8.0, 0.0]])
    got = float(multiclass_loss(logits, torch.tensor([0, 1])))
    want = float(by_hand_cross_entropy(logits, torch.tensor([0, 1])).mean())
    assert abs(got - want) < 1e-5, (
        f"two confident, correct predictions should cost almost nothing ({want:.5f}), got {got:.4f}. "
        "A loss near 0.55 means softmax was applied before CrossEntropyLoss, which applies it again"
    )


def test_multiclass_matches_the_formula_on_random_logits():
    torch.manual_seed(0)
    logits, targets = torch.randn(8, 5) * 3, torch.randint(0, 5, (8,))
    got = multiclass_loss(logits, targets)
    want = by_hand_cross_entropy(logits, targets).mean()
    assert got.dim() == 0, f"reduction='mean' gives a single number (a 0-d tensor), got shape {tuple(got.shape)}"
    assert torch.allclose(got, want, atol=1e-5), f"expected mean cross-entropy {float(want):.5f}, got {float(got):.5f}"


def test_multiclass_reductions():
    torch.manual_seed(1)
    logits, targets = torch.randn(6, 3), torch.randint(0, 3, (6,))
    per_example = multiclass_loss(logits, targets, reduction="none")
    assert per_example.shape == (6,), f"reduction='none' gives one loss per example, shape (6,); got {tuple(per_example.shape)}"
    assert torch.allclose(per_example, by_hand_cross_entropy(logits, targets), atol=1e-5), (
        "each example's loss should be -log softmax(logits)[target], computed from the raw logits"
    )
    total = multiclass_loss(logits, targets, reduction="sum")
    assert torch.allclose(total, per_example.sum(), atol=1e-5), "reduction='sum' adds the per-example losses"


def test_multiclass_accepts_any_integer_labels_and_keeps_the_graph():
    logits = torch.tensor([[0.5, -1.0], [2.0, 0.0]], requires_grad=True)
    loss = multiclass_loss(logits, torch.tensor([1, 0], dtype=torch.int32))
    loss.backward()
    assert logits.grad is not None and logits.grad.shape == (2, 2), "return the loss tensor itself, so backward() reaches the logits"


def test_binary_matches_the_formula():
    logits = torch.tensor([1.5, -0.5, 0.0, 3.0])
    labels = torch.tensor([1.0, 0.0, 1.0, 0.0])
    p = torch.sigmoid(logits)
    want = float(-(labels * torch.log(p) + (1 - labels) * torch.log(1 - p)).mean())
    got = float(binary_loss(logits, labels))
    assert abs(got - want) < 1e-5, f"expected mean binary cross-entropy {want:.5f}, got {got:.5f}"


def test_binary_stays_exact_for_a_confident_wrong_logit():
    got = float(binary_loss(torch.tensor([[40.0]]), torch.tensor([0])))
    assert abs(got - 40.0) < 1e-3, (
        f"logit 40 with label 0 should cost log(1 + e^40) ≈ 40, got {got:.2f}. 100 means sigmoid + BCELoss: "
        "sigmoid(40) rounds to 1.0 and BCELoss clamps log(0) to -100. Use BCEWithLogitsLoss on the logits"
    )


def test_binary_accepts_a_column_of_logits_and_integer_labels():
    logits = torch.tensor([[2.0], [-1.0], [0.5]])
    labels = torch.tensor([1, 0, 0])
    got = float(binary_loss(logits, labels))
    z, y = logits.reshape(-1), labels.float()
    want = float(torch.mean(torch.log1p(torch.exp(-z)) * y + torch.log1p(torch.exp(z)) * (1 - y)))
    assert abs(got - want) < 1e-5, f"for (3, 1) logits and (3,) integer labels expected {want:.5f}, got {got:.5f}"
