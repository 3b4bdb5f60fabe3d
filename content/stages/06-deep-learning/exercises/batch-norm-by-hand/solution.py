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
    if training:
        if x.shape[0] < 2:
            raise ValueError("batch norm needs at least 2 examples per batch in training mode")
        mean = x.mean(dim=0)                   # per feature: shape (d,)
        var = x.var(dim=0, unbiased=False)     # biased (divide by B): what the batch really has
        with torch.no_grad():                  # buffers are statistics, not part of the graph
            unbiased = x.var(dim=0, unbiased=True)  # divide by B - 1: an estimate for the population
            running_mean.mul_(1 - momentum).add_(momentum * mean)
            running_var.mul_(1 - momentum).add_(momentum * unbiased)
    else:
        # Evaluation: fixed statistics, so each example's output depends only on that example.
        mean, var = running_mean, running_var
    return gamma * (x - mean) / torch.sqrt(var + eps) + beta
