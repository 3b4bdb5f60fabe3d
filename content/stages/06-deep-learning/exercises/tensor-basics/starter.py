import torch


def standardise(x: torch.Tensor) -> torch.Tensor:
    """Scale each column of x (shape (n, d)) to mean 0 and standard deviation 1.

    Returns a float32 tensor of the same shape, on x's device. Uses the population
    standard deviation (divide by n). A column whose values are all equal becomes 0.
    """
    raise NotImplementedError("convert to float32, then subtract the column means and divide by the stds")


def pairwise_squared_distances(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Squared Euclidean distance between every row of a (n, d) and every row of b (m, d).

    Returns a tensor of shape (n, m) whose entry [i, j] is ||a[i] - b[j]||².
    """
    raise NotImplementedError("broadcast (n, 1, d) against (1, m, d)")
