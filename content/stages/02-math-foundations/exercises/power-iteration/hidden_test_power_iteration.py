# Hidden tests: other matrices (a random symmetric one with a negative dominant eigenvalue checked
# against numpy.linalg.eigh, integer and 1x1 input, a diagonal one), other bad shapes, and
# RuntimeError for a rotation and for a max_iter too small to converge.
import numpy as np

from power_iteration import power_iteration


def sign_fixed(v):
    return -v if v[np.argmax(np.abs(v))] < 0 else v


def test_random_symmetric_matrix_with_negative_dominant_eigenvalue():
    rng = np.random.default_rng(12)
    q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
    a = q @ np.diag([-7.0, 4.0, 2.0, -1.0, 0.5]) @ q.T
    values, vectors = np.linalg.eigh(a)
    k = int(np.argmax(np.abs(values)))
    want_v = sign_fixed(vectors[:, k])
    lam, v = power_iteration(a)
    assert abs(lam - values[k]) < 1e-8, f"expected the dominant eigenvalue {values[k]:.8f}, got {lam}"
    assert np.allclose(v, want_v, atol=1e-6), (
        f"expected the unit eigenvector {want_v} with its largest-magnitude entry positive, got {v}"
    )


def test_integer_non_symmetric_input():
    a = np.array([[1, 2], [3, 4]])
    before = a.copy()
    lam, v = power_iteration(a)
    want = (5 + np.sqrt(33)) / 2
    assert isinstance(lam, float) and abs(lam - want) < 1e-8, (
        f"expected the float {want:.8f} for [[1, 2], [3, 4]], got {lam!r}"
    )
    assert v.shape == (2,) and abs(np.linalg.norm(v) - 1) < 1e-9, f"expected a unit vector of shape (2,), got {v}"
    assert np.allclose(a @ v, lam * v, atol=1e-6) and v[np.argmax(np.abs(v))] > 0, f"bad eigenvector {v}"
    assert np.array_equal(a, before) and a.dtype == before.dtype, f"the input array changed to {a!r}"


def test_one_by_one_and_diagonal_matrices():
    lam, v = power_iteration(np.array([[-4.0]]))
    assert abs(lam + 4.0) < 1e-12 and np.allclose(v, [1.0]), (
        f"[[-4]] has eigenvalue -4 and, with the sign rule, eigenvector [1]; got {lam}, {v}"
    )
    lam, v = power_iteration(np.diag([1.0, 2.0, -3.0]))
    assert abs(lam + 3.0) < 1e-8 and np.allclose(v, [0.0, 0.0, 1.0], atol=1e-6), (
        f"diag(1, 2, -3) has dominant eigenvalue -3 with eigenvector [0, 0, 1]; got {lam}, {v}"
    )


def test_other_bad_shapes_raise_value_error():
    for bad in (np.ones(4), np.ones((3, 2)), np.ones((2, 2, 2))):
        try:
            power_iteration(bad)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for an array of shape {bad.shape}")


def test_runtime_error_for_rotation_and_for_too_few_steps():
    rotation = np.array([[0.0, -1.0], [1.0, 0.0]])  # eigenvalues ±i: no real dominant one
    slow = np.diag([1.0, 0.99])  # converges, but far more slowly than 3 steps
    for a, max_iter, why in ((rotation, 100, "a rotation never settles"),
                             (slow, 3, "3 steps are not enough for eigenvalues 1 and 0.99")):
        try:
            power_iteration(a, max_iter=max_iter)
        except NotImplementedError:
            raise
        except RuntimeError:
            continue
        raise AssertionError(f"expected RuntimeError: {why}")
