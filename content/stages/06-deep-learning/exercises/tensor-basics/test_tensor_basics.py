import torch

from tensor_basics import pairwise_squared_distances, standardise


def test_standardise_worked_example():
    x = torch.tensor([[1, 10], [2, 10], [3, 10]])
    got = standardise(x)
    want = torch.tensor([[-1.2247449, 0.0], [0.0, 0.0], [1.2247449, 0.0]])
    assert got.shape == (3, 2), f"expected shape (3, 2), got {tuple(got.shape)}"
    assert torch.allclose(got, want, atol=1e-5), (
        f"expected {want.tolist()}, got {got.tolist()}; 1.2247 comes from dividing by the population "
        "std sqrt(2/3); torch.std divides by n - 1 unless you pass unbiased=False (that gives 1.0)"
    )


def test_columns_have_mean_zero_and_population_std_one():
    torch.manual_seed(0)
    x = torch.randn(50, 4) * torch.tensor([1.0, 10.0, 0.1, 3.0]) + torch.tensor([5.0, -2.0, 0.0, 100.0])
    got = standardise(x)
    assert torch.allclose(got.mean(dim=0), torch.zeros(4), atol=1e-5), f"column means should be 0, got {got.mean(dim=0).tolist()}"
    stds = got.std(dim=0, unbiased=False)
    assert torch.allclose(stds, torch.ones(4), atol=1e-4), (
        f"column population stds should be 1, got {stds.tolist()}; divide by the std computed with unbiased=False"
    )


def test_result_is_float32_whatever_comes_in():
    for dtype in (torch.int64, torch.uint8, torch.float64):
        x = torch.tensor([[0, 4], [2, 8], [4, 0]], dtype=dtype)
        got = standardise(x)
        assert got.dtype == torch.float32, f"for {dtype} input expected float32 output, got {got.dtype}"
    layer = torch.nn.Linear(2, 1)
    layer(standardise(torch.tensor([[0.0, 4.0], [2.0, 8.0]], dtype=torch.float64)))  # raises if not float32


def test_constant_column_becomes_zero_not_nan():
    x = torch.tensor([[3.0, 1.0], [3.0, 2.0], [3.0, 6.0]])
    got = standardise(x)
    assert not torch.isnan(got).any(), f"a constant column has std 0: return 0 there, not NaN; got {got.tolist()}"
    assert torch.equal(got[:, 0], torch.zeros(3)), f"the constant column should be all 0, got {got[:, 0].tolist()}"


def test_standardise_stays_in_pytorch_and_leaves_input_alone():
    x = torch.tensor([[1.0, 2.0], [3.0, 5.0], [4.0, 9.0]], requires_grad=True)
    before = x.detach().clone()
    got = standardise(x)
    assert got.requires_grad, (
        "the result lost its gradient history: compute with tensor operations only (no .numpy(), .item() "
        "or torch.tensor(...) around results), so the function works inside a model and on any device"
    )
    assert got.device == x.device, f"the result should be on {x.device}, got {got.device}"
    assert torch.equal(x.detach(), before), "standardise must not modify its input"


def test_pairwise_worked_example():
    a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
    b = torch.tensor([[1.0, 0.0], [0.0, 3.0], [2.0, 2.0]])
    got = pairwise_squared_distances(a, b)
    want = torch.tensor([[1.0, 9.0, 8.0], [1.0, 5.0, 2.0]])
    assert got.shape == (2, 3), f"2 rows against 3 rows should give shape (2, 3), got {tuple(got.shape)}"
    assert torch.allclose(got, want), f"expected {want.tolist()}, got {got.tolist()}"


def test_pairwise_matches_a_loop_on_random_points():
    torch.manual_seed(1)
    a, b = torch.randn(7, 5), torch.randn(4, 5)
    got = pairwise_squared_distances(a, b)
    want = torch.stack([torch.stack([((a[i] - b[j]) ** 2).sum() for j in range(4)]) for i in range(7)])
    assert got.shape == (7, 4), f"expected shape (7, 4), got {tuple(got.shape)}; the first axis is a's rows"
    assert torch.allclose(got, want, atol=1e-5), "entry [i, j] should be the squared distance from a[i] to b[j]"


def test_pairwise_of_single_points_has_shape_one_by_one():
    got = pairwise_squared_distances(torch.tensor([[1.0, 2.0, 2.0]]), torch.tensor([[0.0, 0.0, 0.0]]))
    assert got.shape == (1, 1) and abs(float(got[0, 0]) - 9.0) < 1e-6, f"expected [[9.]], got {got.tolist()}"
