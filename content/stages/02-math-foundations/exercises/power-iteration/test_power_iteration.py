import numpy as np

from power_iteration import power_iteration


def test_lesson_matrix_has_eigenvalue_three():
    lam, v = power_iteration(np.array([[2.0, 1.0], [1.0, 2.0]]))
    assert abs(lam - 3.0) < 1e-8, f"expected eigenvalue 3 for [[2, 1], [1, 2]], got {lam}"
    expected = np.array([1.0, 1.0]) / np.sqrt(2)
    assert np.allclose(v, expected, atol=1e-8), f"expected eigenvector {expected}, got {v}"


def test_returns_float_and_unit_vector_of_shape_n():
    lam, v = power_iteration(np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]))
    assert isinstance(lam, float), f"the eigenvalue should be a Python float, got {type(lam)}"
    assert isinstance(v, np.ndarray) and v.shape == (3,), (
        f"the eigenvector should be an array of shape (3,), got {type(v)} {np.shape(v)}"
    )
    assert abs(np.linalg.norm(v) - 1.0) < 1e-9, f"expected unit length, got {np.linalg.norm(v)}"


def test_matches_numpy_on_symmetric_matrix():
    a = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    lam, v = power_iteration(a)
    expected = 3 + np.sqrt(3)  # the largest root of det(A - lambda I) = 0
    assert abs(lam - expected) < 1e-8, f"expected eigenvalue {expected:.6f}, got {lam}"
    assert np.allclose(a @ v, lam * v, atol=1e-6), (
        f"A v should equal lambda v, got {a @ v} vs {lam * v}"
    )


def test_non_symmetric_matrix():
    a = np.array([[2.0, 1.0], [0.0, 5.0]])  # eigenvalues 2 and 5
    lam, v = power_iteration(a)
    assert abs(lam - 5.0) < 1e-8, (
        f"expected eigenvalue 5 (the diagonal of a triangular matrix), got {lam}"
    )
    expected = np.array([1.0, 3.0]) / np.sqrt(10)
    assert np.allclose(v, expected, atol=1e-6), f"expected eigenvector {expected}, got {v}"


def test_sign_makes_largest_component_positive():
    # Eigenvalues 215, 43, 43. The start vector (1, 1, 1) leans towards -(5, -3, -3),
    # so without the sign rule the iteration settles on the "wrong" sign.
    a = np.array([[143.0, -60.0, -60.0], [-60.0, 79.0, 36.0], [-60.0, 36.0, 79.0]])
    lam, v = power_iteration(a)
    assert abs(lam - 215.0) < 1e-7, f"expected eigenvalue 215, got {lam}"
    expected = np.array([5.0, -3.0, -3.0]) / np.sqrt(43)
    assert np.allclose(v, expected, atol=1e-6), (
        f"expected {expected}: "
        f"flip the sign so the largest-magnitude component is positive; got {v}"
    )


def test_negative_dominant_eigenvalue():
    a = np.array([[-5.0, 1.0], [1.0, 2.0]])  # eigenvalues about -5.14 and 2.14
    lam, v = power_iteration(a)
    expected = (-3 - np.sqrt(53)) / 2
    assert abs(lam - expected) < 1e-8, (
        f"expected the negative eigenvalue {expected:.6f}; its size beats 2.14, got {lam}"
    )
    assert v[0] > 0 and np.allclose(a @ v, lam * v, atol=1e-6), f"bad eigenvector {v}"


def test_recovers_eigenvalues_of_constructed_matrix():
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(rng.normal(size=(4, 4)))  # a random orthogonal basis
    a = q @ np.diag([6.0, 3.0, -2.0, 1.0]) @ q.T   # eigenvalues 6, 3, -2, 1
    lam, v = power_iteration(a)
    assert abs(lam - 6.0) < 1e-8, f"expected eigenvalue 6 for a matrix built with it, got {lam}"
    assert np.allclose(a @ v, 6.0 * v, atol=1e-6), f"A v should equal 6 v, got {a @ v}"


def test_input_is_not_modified():
    a = np.array([[2, 1], [1, 2]])
    before = a.copy()
    power_iteration(a)
    assert np.array_equal(a, before), f"the input array changed to {a}"


def test_non_square_input_raises_value_error():
    try:
        power_iteration(np.ones((2, 3)))
    except ValueError:
        return
    raise AssertionError("expected ValueError for a 2x3 matrix: eigenvalues need a square matrix")


def test_raises_runtime_error_without_a_dominant_eigenvalue():
    try:
        power_iteration(np.array([[1.0, 0.0], [0.0, -1.0]]), max_iter=200)
    except NotImplementedError:
        raise  # a subclass of RuntimeError, but not the error this test is about
    except RuntimeError:
        return
    raise AssertionError(
        "expected RuntimeError: eigenvalues 1 and -1 tie in size, so the vector never settles"
    )
