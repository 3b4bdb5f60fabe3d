# Hidden tests: other shapes and values checked against a per-column statistics reference, two-row
# inputs, other constant columns and more invalid shapes, so a result fitted to the visible arrays fails.
import statistics
import warnings

import numpy as np

from numpy_standardize_columns import standardize_columns


def reference(X: np.ndarray) -> np.ndarray:
    out = np.zeros(X.shape)
    for j in range(X.shape[1]):
        col = [float(v) for v in X[:, j]]
        if max(col) != min(col):
            m, s = statistics.mean(col), statistics.stdev(col)
            out[:, j] = [(v - m) / s for v in col]
    return out


def test_other_shapes_match_a_statistics_reference():
    rng = np.random.default_rng(42)
    for shape in ((7, 5), (30, 1), (3, 8)):
        X = rng.normal(loc=-3.0, scale=12.0, size=shape)
        got = standardize_columns(X)
        assert got.shape == shape, f"expected shape {shape}, got {got.shape}"
        assert np.allclose(got, reference(X), atol=1e-10), (
            f"for shape {shape} the result differs from the per-column statistics.stdev reference"
        )


def test_two_rows_become_plus_and_minus_one_over_root_two():
    got = standardize_columns(np.array([[4, -2, 9], [10, 6, 9]]))
    r = 1 / np.sqrt(2)
    expected = np.array([[-r, -r, 0.0], [r, r, 0.0]])
    assert np.allclose(got, expected), (
        f"with 2 rows every non-constant column becomes ±1/√2 ≈ ±0.7071 (ddof=1), got\n{got}; "
        "±1 means the std divided by n"
    )


def test_other_constant_columns_are_zero_without_warnings():
    X = np.array([[-3.3, 1e6 + 0.1, 2.0, 0.7], [-3.3, 1e6 + 0.1, 5.0, 0.7],
                  [-3.3, 1e6 + 0.1, 11.0, 0.7], [-3.3, 1e6 + 0.1, 2.0, 0.7]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = standardize_columns(X)
    assert np.all(np.isfinite(got)), f"the result contains nan or inf:\n{got}"
    assert np.array_equal(got[:, [0, 1, 3]], np.zeros((4, 3))), (
        f"columns 0, 1 and 3 are constant and should be all 0, got\n{got[:, [0, 1, 3]]}"
    )
    assert np.allclose(got[:, 2], reference(X)[:, 2]), f"column 2 is wrong: {got[:, 2]}"


def test_integer_input_unchanged_and_float_output():
    X = np.array([[5, 0], [1, 3], [9, 3], [1, 2], [4, 7]])
    before = X.copy()
    got = standardize_columns(X)
    assert np.array_equal(X, before) and X.dtype == before.dtype, "X must be left unchanged"
    assert got.dtype.kind == "f" and got.shape == (5, 2), (
        f"expected a float (5, 2) array, got {got.dtype} {got.shape}"
    )
    assert np.allclose(got, reference(X)), f"expected\n{reference(X)}\ngot\n{got}"


def test_more_invalid_shapes_raise_value_error():
    cases = [
        (np.zeros((2, 2, 2)), "a 3-D array"),
        (np.zeros((0, 3)), "no rows"),
        (np.array([[1.0, 2.0, 3.0, 4.0]]), "one row of four values"),
        (np.array(5.0), "a scalar"),
    ]
    for X, why in cases:
        try:
            standardize_columns(X)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")
