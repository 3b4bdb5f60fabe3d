import statistics
import warnings

import numpy as np

from numpy_standardize_columns import standardize_columns


def expect_value_error(X, why: str) -> None:
    try:
        standardize_columns(X)
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {why}")


def test_worked_example():
    X = np.array([[1, 10, 5], [2, 20, 5], [3, 60, 5]])
    got = standardize_columns(X)
    s = np.sqrt(700.0)
    expected = np.array([[-1.0, -20 / s, 0.0], [0.0, -10 / s, 0.0], [1.0, 30 / s, 0.0]])
    assert np.allclose(got, expected), (
        f"expected\n{expected.round(4)}\ngot\n{np.round(got, 4)}\n"
        "column 1 has mean 30 and sample std sqrt(1400 / 2) ≈ 26.458"
    )


def test_columns_get_mean_zero_and_sample_std_one():
    rng = np.random.default_rng(0)
    X = rng.normal(loc=[5.0, -100.0, 0.01], scale=[2.0, 40.0, 0.001], size=(50, 3))
    Z = standardize_columns(X)
    assert np.allclose(Z.mean(axis=0), 0.0, atol=1e-12), (
        f"column means should be 0, got {Z.mean(axis=0)}"
    )
    stds = Z.std(axis=0, ddof=1)
    assert np.allclose(stds, 1.0), (
        f"column sample stds (ddof=1) should be 1, got {stds}; "
        f"{np.sqrt(50 / 49):.4f} means you divided by NumPy's default std, which uses n"
    )


def test_matches_a_column_by_column_reference():
    rng = np.random.default_rng(1)
    X = rng.integers(-20, 20, size=(12, 4)).astype(float)
    expected = np.empty_like(X)
    for j in range(X.shape[1]):
        col = list(X[:, j])
        expected[:, j] = [(x - statistics.mean(col)) / statistics.stdev(col) for x in col]
    got = standardize_columns(X)
    assert np.allclose(got, expected), "result differs from a per-column statistics.stdev reference"


def test_constant_column_becomes_zeros_without_warnings():
    X = np.array([[1.0, 7.0], [2.0, 7.0], [4.0, 7.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a division by zero would raise here
        Z = standardize_columns(X)
    assert np.all(np.isfinite(Z)), f"the result contains nan or inf:\n{Z}"
    assert np.array_equal(Z[:, 1], [0.0, 0.0, 0.0]), (
        f"the constant column should be all 0, got {Z[:, 1]}"
    )


def test_rounding_does_not_fool_the_constant_check():
    X = np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 4.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Z = standardize_columns(X)
    assert np.allclose(Z[:, 0], 0.0, atol=1e-12), (
        f"[0.1, 0.1, 0.1] is constant and should give zeros, got {Z[:, 0]}; its computed std "
        "is about 1.7e-17, not 0, so test max == min instead of std == 0"
    )


def test_integer_input_gives_a_float_array_of_the_same_shape():
    X = np.array([[1, 2], [3, 5], [5, 11], [7, 2]])
    Z = standardize_columns(X)
    assert Z.shape == (4, 2) and Z.dtype.kind == "f", (
        f"expected a float array of shape (4, 2), got {Z.dtype} {Z.shape}"
    )
    assert np.allclose(Z[:, 0], [-1.161895, -0.387298, 0.387298, 1.161895], atol=1e-6), (
        "column [1, 3, 5, 7] should standardise to ≈ [-1.1619, -0.3873, 0.3873, 1.1619], "
        f"got {Z[:, 0]}"
    )


def test_input_is_not_modified():
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 9.0]])
    before = X.copy()
    Z = standardize_columns(X)
    assert np.array_equal(X, before), "X must be unchanged; work on a copy"
    assert Z is not X, "return a new array, not X itself"


def test_invalid_shapes_raise_value_error():
    expect_value_error(np.array([1.0, 2.0, 3.0]), "a 1-D array; reshape it to (n, 1) first")
    expect_value_error(np.array([[1.0, 2.0]]), "a single row: the sample std needs n >= 2")
