from torch import nn

BATCH_NORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)


def train_with_frozen_batchnorm(model: nn.Module) -> nn.Module:
    """Training mode for everything except batch-norm layers, which go to eval mode with γ and β frozen.

    Covers nn.BatchNorm1d, 2d and 3d at any depth. Returns model.
    """
    model.train()  # dropout and everything else: training behaviour
    for module in model.modules():  # every submodule, however deeply nested
        if isinstance(module, BATCH_NORMS):
            # Eval mode: normalise with the pretrained running statistics and stop updating them.
            module.eval()
            # No gradients: the optimiser leaves gamma and beta alone (none if affine=False).
            for p in module.parameters():
                p.requires_grad = False
    return model
