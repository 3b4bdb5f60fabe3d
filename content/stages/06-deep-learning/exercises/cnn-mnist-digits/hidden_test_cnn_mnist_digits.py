# Hidden tests: without the shipped CSV, on other batch sizes and seeds than the visible ones, and a
# small synthetic ten-class image task (a bright block whose position is the class) that train must fit.
import torch

from cnn_mnist_digits import build_model, train

torch.set_num_threads(min(2, torch.get_num_threads()))

CORNERS = [(r, c) for r in (0, 10, 20) for c in (0, 10, 20)]  # classes 0-8: a block here; class 9: no block


def blocks(n, seed):
    """n noisy 28x28 images; class k < 9 has a bright 8x8 block at CORNERS[k], class 9 only noise."""
    g = torch.Generator().manual_seed(seed)
    labels = torch.arange(n) % 10
    labels = labels[torch.randperm(n, generator=g)]
    images = 0.15 * torch.rand(n, 1, 28, 28, generator=g)
    for i, k in enumerate(labels.tolist()):
        if k == 9:
            continue
        r, c = CORNERS[k]
        images[i, 0, r:r + 8, c:c + 8] += 0.6 + 0.3 * torch.rand(1, generator=g).item()
    return images.clamp(0, 1), labels.long()


def test_scores_for_other_batch_sizes_are_raw_logits():
    torch.manual_seed(3)
    model = build_model()
    model.eval()
    with torch.no_grad():
        for batch in (1, 7, 33):
            out = model(torch.rand(batch, 1, 28, 28))
            assert out.shape == (batch, 10), f"{batch} images should give ({batch}, 10) scores, got {tuple(out.shape)}"
        out = model(torch.rand(16, 1, 28, 28))
    looks_like_probabilities = bool((out >= 0).all() and (out <= 1).all() and torch.allclose(out.sum(dim=1), torch.ones(16), atol=1e-4))
    assert not looks_like_probabilities, (
        "the scores are already probabilities (each row in [0, 1] and summing to 1): return raw scores and let "
        "CrossEntropyLoss apply the softmax"
    )


def test_eval_predictions_do_not_depend_on_how_the_images_are_batched():
    torch.manual_seed(8)
    model = build_model()
    model.eval()
    images, _ = blocks(9, seed=1)
    with torch.no_grad():
        together = model(images)
        split = torch.cat([model(images[:4]), model(images[4:])])
    assert torch.allclose(together, split, atol=1e-5), "an image's scores should not depend on the other images in its batch"


def test_train_fits_a_small_synthetic_ten_class_task():
    images, labels = blocks(480, seed=2)  # 480 is not a multiple of the usual batch sizes
    torch.manual_seed(0)
    model = build_model()
    before = [p.detach().clone() for p in model.parameters()]
    result = train(model, images, labels)
    assert result is None or result is model, "train works in place on the model it is given"
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters())), "train() changed no weight"
    test_images, test_labels = blocks(200, seed=3)
    model.eval()
    with torch.no_grad():
        accuracy = (model(test_images).argmax(dim=1) == test_labels).float().mean().item()
    assert accuracy >= 0.7, (
        f"after training on 480 images where the block's position gives the class, the model gets {accuracy:.0%} of "
        "200 new ones right; check the loss on raw scores, zero_grad and a step for every batch"
    )
