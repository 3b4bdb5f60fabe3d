from functools import lru_cache

import numpy as np
import torch
from torch import nn

from cnn_mnist_digits import build_model, train

# Training on many threads counts CPU time on every core; two keep the run within its limits.
torch.set_num_threads(min(2, torch.get_num_threads()))

HELD_OUT = 2000


@lru_cache(maxsize=1)  # 10,000 rows of 785 numbers: read once for all the tests
def load_digits() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """The shipped CSV (label, pixel0..pixel783), shuffled with a fixed seed, split 8,000 / 2,000."""
    data = np.loadtxt("mnist-digits.csv", delimiter=",", skiprows=1, dtype=np.float32)
    order = np.random.default_rng(42).permutation(len(data))  # the file is sorted by digit
    data = data[order]
    images = torch.from_numpy(data[:, 1:] / 255.0).reshape(-1, 1, 28, 28)
    labels = torch.from_numpy(data[:, 0]).long()
    return images[:-HELD_OUT], labels[:-HELD_OUT], images[-HELD_OUT:], labels[-HELD_OUT:]


def test_model_maps_images_to_ten_scores():
    torch.manual_seed(0)
    out = build_model()(torch.zeros(3, 1, 28, 28))
    assert out.shape == (3, 10), (
        f"3 images of shape (1, 28, 28) should give (3, 10) scores, got {tuple(out.shape)}; "
        "check the size after Flatten with the output-size formula"
    )


def test_model_is_a_small_convolutional_network():
    model = build_model()
    convs = [m for m in model.modules() if isinstance(m, nn.Conv2d)]
    n_params = sum(p.numel() for p in model.parameters())
    assert convs, "the model should use at least one nn.Conv2d layer"
    assert n_params <= 500_000, f"keep the model small (at most 500,000 parameters) so it trains in time; it has {n_params:,}"


def test_train_updates_the_model_in_place_and_fits_what_it_saw():
    x_train, y_train, _, _ = load_digits()
    x, y = x_train[:512], y_train[:512]
    torch.manual_seed(0)
    model = build_model()
    before = [p.detach().clone() for p in model.parameters()]
    train(model, x, y)
    changed = any(not torch.equal(old, new) for old, new in zip(before, model.parameters()))
    assert changed, "train() returned but no weight changed: it should update the model it is given, in place"
    model.eval()
    with torch.no_grad():
        accuracy = (model(x).argmax(dim=1) == y).float().mean().item()
    assert accuracy >= 0.5, (
        f"after training on 512 digits the model gets only {accuracy:.0%} of those same digits right "
        "(chance is 10%); check the loss, zero_grad and step in every batch"
    )


def test_scores_do_not_depend_on_the_batch():
    torch.manual_seed(1)
    model = build_model()
    model.eval()
    images = torch.rand(6, 1, 28, 28)
    with torch.no_grad():
        together = model(images)
        one_by_one = torch.cat([model(images[i:i + 1]) for i in range(6)])
    assert together.shape == (6, 10), f"6 images should give (6, 10) scores, got {tuple(together.shape)}"
    assert torch.allclose(together, one_by_one, atol=1e-5), (
        "an image's scores changed with the other images in its batch: flatten with nn.Flatten() "
        "(keeps the batch axis), not x.view(-1)"
    )


def test_reaches_96_percent_on_held_out_digits():
    x_train, y_train, x_test, y_test = load_digits()
    torch.manual_seed(0)
    model = build_model()
    train(model, x_train, y_train)
    model.eval()
    with torch.no_grad():
        predictions = torch.cat([model(x_test[i:i + 500]).argmax(dim=1) for i in range(0, HELD_OUT, 500)])
    accuracy = (predictions == y_test).float().mean().item()
    assert accuracy >= 0.96, (
        f"accuracy on the 2,000 held-out digits is {accuracy:.1%}, below 96%. Check that the loss gets the "
        "raw scores, that the optimiser steps every batch, and try another epoch or a higher learning rate"
    )
