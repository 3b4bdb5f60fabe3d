import numpy as np

from cosine_top_k import top_k_cosine

VECTORS = np.array([[1.0, 0.0], [2.0, 2.0], [0.0, 4.0], [2.0, 0.0]])


def test_worked_example():
    indices, scores = top_k_cosine(np.array([1.0, 1.0]), VECTORS, 3)
    assert list(indices) == [1, 0, 2], (
        f"expected rows [1, 0, 2]: row 1 points the same way (cosine 1), then the tie at 45° "
        f"between rows 0, 2 and 3 goes to the lower indices; got {list(indices)}"
    )
    assert np.allclose(scores, [1.0, 2 ** -0.5, 2 ** -0.5]), (
        f"expected cosine similarities [1, 0.7071, 0.7071], got {np.round(scores, 4)}"
    )


def test_returns_cosine_not_dot_product():
    indices, scores = top_k_cosine(np.array([1.0, 0.0]), np.array([[10.0, 10.0], [0.5, 0.0]]), 2)
    assert list(indices) == [1, 0], (
        "row 1 points exactly along the query and must rank first even though row 0 is longer "
        f"(its dot product is larger); got {list(indices)}"
    )
    assert np.allclose(scores, [1.0, 2 ** -0.5]), f"expected [1, 0.7071], got {np.round(scores, 4)}"


def test_scores_do_not_depend_on_scale():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(20, 5))
    query = rng.normal(size=5)
    i1, s1 = top_k_cosine(query, vectors, 5)
    i2, s2 = top_k_cosine(3.0 * query, vectors * rng.uniform(0.1, 10.0, size=(20, 1)), 5)
    assert list(i1) == list(i2) and np.allclose(s1, s2), (
        "scaling the query or any row by a positive number must not change cosine similarity"
    )


def test_matches_brute_force_on_random_vectors():
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(50, 8))
    query = rng.normal(size=8)
    indices, scores = top_k_cosine(query, vectors, 7)
    full = np.array([v @ query / (np.linalg.norm(v) * np.linalg.norm(query)) for v in vectors])
    assert list(indices) == list(np.argsort(-full)[:7]), "the indices are not the 7 most similar rows"
    assert np.allclose(scores, full[indices]), "scores[j] must be the cosine similarity of row indices[j]"
    assert indices.shape == (7,) and scores.shape == (7,), (
        f"expected two arrays of shape (7,), got {indices.shape} and {scores.shape}"
    )


def test_zero_row_scores_zero_not_nan():
    vectors = np.array([[-1.0, 0.0], [0.0, 0.0], [1.0, 1.0]])
    indices, scores = top_k_cosine(np.array([1.0, 0.0]), vectors, 3)
    assert not np.any(np.isnan(scores)), f"a zero row must score 0, not nan; got {scores}"
    assert list(indices) == [2, 1, 0], (
        "the zero row (similarity 0) belongs between the positive row 2 and the opposite row 0 "
        f"(similarity -1); got {list(indices)}"
    )
    assert np.allclose(scores, [2 ** -0.5, 0.0, -1.0]), f"expected [0.7071, 0, -1], got {scores}"


def test_zero_query_raises_value_error():
    try:
        top_k_cosine(np.zeros(2), VECTORS, 2)
    except ValueError:
        return
    raise AssertionError("a zero query has no direction: expected ValueError")


def test_k_larger_than_n_returns_every_row():
    indices, scores = top_k_cosine(np.array([0.0, 1.0]), VECTORS, 10)
    assert list(indices) == [2, 1, 0, 3], (
        f"expected all 4 rows, ties (rows 0 and 3, both at 90°) by index; got {list(indices)}"
    )


def test_bad_arguments_raise_value_error():
    cases = [
        (np.array([1.0, 1.0]), VECTORS, 0, "k = 0"),
        (np.array([1.0, 1.0, 1.0]), VECTORS, 2, "a 3-dimensional query against 2 columns"),
        (np.array([1.0, 1.0]), np.array([1.0, 2.0]), 1, "a 1-D vectors array"),
    ]
    for query, vectors, k, why in cases:
        try:
            top_k_cosine(query, vectors, k)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")


def test_inputs_are_not_modified():
    query, vectors = np.array([3.0, 4.0]), VECTORS.copy()
    top_k_cosine(query, vectors, 2)
    assert np.array_equal(query, [3.0, 4.0]) and np.array_equal(vectors, VECTORS), (
        "do not normalise the inputs in place"
    )
