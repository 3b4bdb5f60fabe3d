import torch

from tensor_basics import pairwise_squared_distances, standardise


def test_standardise_other_data():
    torch.manual_seed(11)
    x = (torch.rand(30, 3) * 255).to(torch.uint8)
    got = standardise(x)
    xf = x.double()
    want = ((xf - xf.mean(0)) / xf.std(0, unbiased=False)).float()
    assert got.dtype == torch.float32 and torch.allclose(got, want, atol=1e-4)


def test_standardise_two_rows():
    got = standardise(torch.tensor([[0.0, 5.0], [4.0, 5.0]]))
    assert torch.allclose(got, torch.tensor([[-1.0, 0.0], [1.0, 0.0]]))


def test_pairwise_other_points():
    a = torch.tensor([[1.0, 0.0, 2.0], [0.0, 0.0, 0.0], [3.0, 3.0, 3.0]])
    b = torch.tensor([[1.0, 1.0, 1.0], [2.0, 0.0, 2.0]])
    want = torch.tensor([[2.0, 1.0], [3.0, 8.0], [12.0, 11.0]])
    assert torch.allclose(pairwise_squared_distances(a, b), want)
