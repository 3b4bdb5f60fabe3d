import torch


def standardise(x: torch.Tensor) -> torch.Tensor:
    """Scale each column of x (shape (n, d)) to mean 0 and standard deviation 1.

    Returns a float32 tensor of the same shape, on x's device. Uses the population
    standard deviation (divide by n). A column whose values are all equal becomes 0.
    """
    x = x.to(torch.float32)  # integers and float64 become what nn.Linear expects
    mean = x.mean(dim=0)  # (d,)
    std = x.std(dim=0, unbiased=False)  # (d,), divides by n like np.std
    # Where a column is constant, divide by 1 instead of 0: x - mean is 0 there anyway.
    # ones_like puts the replacement on x's device, so this runs on a GPU unchanged.
    safe_std = torch.where(std > 0, std, torch.ones_like(std))
    return (x - mean) / safe_std  # (n, d) op (d,) broadcasts over the rows


def pairwise_squared_distances(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Squared Euclidean distance between every row of a (n, d) and every row of b (m, d).

    Returns a tensor of shape (n, m) whose entry [i, j] is ||a[i] - b[j]||².
    """
    diff = a[:, None, :] - b[None, :, :]  # (n, 1, d) - (1, m, d) -> (n, m, d)
    return (diff**2).sum(dim=-1)  # sum over the feature axis -> (n, m)
