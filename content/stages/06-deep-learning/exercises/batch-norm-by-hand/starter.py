import torch


def batch_norm_1d(
    x: torch.Tensor,
    gamma: torch.Tensor,
    beta: torch.Tensor,
    running_mean: torch.Tensor,
    running_var: torch.Tensor,
    training: bool,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> torch.Tensor:
    """Batch norm over dimension 0 of x (B, d); in training, also update the running buffers in place.

    Training: normalise with the batch mean and biased variance; update
    running = (1 - momentum) * running + momentum * batch statistic (unbiased variance).
    Evaluation: normalise with running_mean and running_var; update nothing.
    """
    mean = x.mean(dim=0)
    var = x.var(dim=0)
    # not finished: always uses the batch statistics, and never touches the running buffers
    return gamma * (x - mean) / torch.sqrt(var + eps) + beta
