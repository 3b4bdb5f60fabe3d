# Hidden tests: other vectors, same skill, checked against a direct computation.
import numpy as np

from cosine_top_k import top_k_cosine


def test_exact_ties_go_to_the_lower_index():
    # Rows 0, 3 and 5 point the same way as the query; rows 1 and 4 are opposite to it.
    vectors = np.array([[2.0, 0.0, 0.0], [-1.0, 0.0, 0.0], [0.0, 1.0, 0.0],
                        [5.0, 0.0, 0.0], [-3.0, 0.0, 0.0], [0.5, 0.0, 0.0]])
    indices, scores = top_k_cosine(np.array([1.0, 0.0, 0.0]), vectors, 6)
    assert list(indices) == [0, 3, 5, 2, 1, 4], f"expected [0, 3, 5, 2, 1, 4], got {list(indices)}"
    assert np.allclose(scores, [1, 1, 1, 0, -1, -1])


def test_random_matrix_with_zero_rows():
    rng = np.random.default_rng(42)
    vectors = rng.normal(size=(30, 6))
    vectors[[4, 17]] = 0.0
    query = rng.normal(size=6)
    indices, scores = top_k_cosine(query, vectors, 30)
    lengths = np.linalg.norm(vectors, axis=1)
    expected = np.zeros(30)
    mask = lengths > 0
    expected[mask] = vectors[mask] @ query / (lengths[mask] * np.linalg.norm(query))
    assert list(indices) == list(np.argsort(-expected, kind="stable"))
    assert np.allclose(scores, expected[indices])


def test_integer_input_and_k_one():
    indices, scores = top_k_cosine(np.array([0, 2]), np.array([[1, 1], [0, 7], [3, 0]]), 1)
    assert list(indices) == [1] and np.allclose(scores, [1.0]), f"got {indices}, {scores}"
