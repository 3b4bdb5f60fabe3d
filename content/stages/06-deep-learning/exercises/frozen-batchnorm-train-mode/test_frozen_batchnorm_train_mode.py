import copy

import torch
from torch import nn

from frozen_batchnorm_train_mode import train_with_frozen_batchnorm


def small_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 3))


def test_modes_after_the_call():
    model = small_model()
    model.eval()
    returned = train_with_frozen_batchnorm(model)
    assert returned is model, "return the model you were given"
    assert model.training and model[0].training and model[3].training, (
        "the model and its non-batch-norm layers should be in training mode (dropout must drop)"
    )
    assert not model[1].training, "the batch-norm layer should be in eval mode"


def test_batchnorm_parameters_are_frozen_and_others_untouched():
    model = small_model()
    model[0].weight.requires_grad = False  # the caller froze this one on purpose
    train_with_frozen_batchnorm(model)
    assert not model[1].weight.requires_grad and not model[1].bias.requires_grad, (
        "batch norm's γ (weight) and β (bias) need requires_grad = False as well as eval mode"
    )
    assert not model[0].weight.requires_grad, "leave other parameters' requires_grad as they were (this one was frozen)"
    assert model[0].bias.requires_grad and model[4].weight.requires_grad, "do not freeze layers other than batch norm"


def test_running_statistics_stay_fixed_during_training_steps():
    model = small_model()
    stats = copy.deepcopy(model[1].state_dict())
    train_with_frozen_batchnorm(model)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    g = torch.Generator().manual_seed(1)
    for _ in range(3):
        X = torch.randn(32, 8, generator=g) * 3 + 2  # new data, differently distributed
        y = torch.randint(0, 3, (32,), generator=g)
        opt.zero_grad()
        nn.functional.cross_entropy(model(X), y).backward()
        opt.step()
    for name, value in model[1].state_dict().items():
        assert torch.equal(value, stats[name]), (
            f"batch norm's {name} changed during training; a frozen batch-norm layer must stay exactly as pretrained"
        )


def test_nested_and_2d_batchnorm_layers_are_found():
    torch.manual_seed(0)
    block = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
    model = nn.Sequential(block, nn.Flatten(), nn.Linear(4 * 6 * 6, 8), nn.BatchNorm1d(8), nn.Linear(8, 2))
    train_with_frozen_batchnorm(model)
    assert not block[1].training and not block[1].weight.requires_grad, (
        "the BatchNorm2d inside the nested block was missed: go over model.modules(), not model.children(), "
        "and include BatchNorm2d and BatchNorm3d"
    )
    assert not model[3].training and not model[3].weight.requires_grad, "the top-level BatchNorm1d must be frozen too"
    assert block[0].training and block[0].weight.requires_grad, "the convolution stays trainable and in training mode"


def test_calling_model_train_again_undoes_it_but_calling_the_helper_again_restores_it():
    model = small_model()
    train_with_frozen_batchnorm(model)
    model.train()  # what an ordinary training loop does at each epoch
    assert model[1].training, "(model.train() wakes batch norm again, which is why this helper exists)"
    train_with_frozen_batchnorm(model)
    assert not model[1].training and model[3].training, "calling the helper again should freeze batch norm again"


def test_batchnorm_without_affine_parameters_and_models_without_batchnorm():
    model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4, affine=False), nn.Linear(4, 2))
    train_with_frozen_batchnorm(model)
    assert not model[1].training, "a batch-norm layer with affine=False has no parameters but still goes to eval mode"
    plain = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
    plain.eval()
    train_with_frozen_batchnorm(plain)
    assert plain.training and plain[1].training, "a model without batch norm simply ends up in training mode"
