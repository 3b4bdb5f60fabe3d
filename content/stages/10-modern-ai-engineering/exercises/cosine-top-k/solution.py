import numpy as np


def top_k_cosine(query: np.ndarray, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosine similarities of the k rows of `vectors` most similar to `query`.

    query has shape (d,), vectors shape (n, d). Returns (indices, scores), both of shape
    (min(k, n),), most similar first; ties go to the lower index. A zero row scores 0; a zero
    query, k < 1 or mismatched shapes raise ValueError.
    """
    query = np.asarray(query, dtype=float)
    vectors = np.asarray(vectors, dtype=float)
    if vectors.ndim != 2 or query.ndim != 1 or query.shape[0] != vectors.shape[1]:
        raise ValueError(
            f"expected query of shape (d,) and vectors of shape (n, d), got {query.shape} and {vectors.shape}"
        )
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    query_length = np.linalg.norm(query)
    if query_length == 0:
        raise ValueError("the query is the zero vector, so it has no direction to compare")

    row_lengths = np.linalg.norm(vectors, axis=1)
    dots = vectors @ query
    # Divide only where the row has a length; a zero row keeps similarity 0 instead of nan.
    scores = np.zeros(len(vectors))
    np.divide(dots, row_lengths * query_length, out=scores, where=row_lengths > 0)

    # Sort by descending score. A stable sort keeps equal scores in index order; the default
    # quicksort does not promise that, and sorting ascending then reversing would put the
    # higher index first.
    order = np.argsort(-scores, kind="stable")[:k]
    return order, scores[order]
