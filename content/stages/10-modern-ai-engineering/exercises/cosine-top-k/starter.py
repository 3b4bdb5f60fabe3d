import numpy as np


def top_k_cosine(query: np.ndarray, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosine similarities of the k rows of `vectors` most similar to `query`.

    query has shape (d,), vectors shape (n, d). Returns (indices, scores), both of shape
    (min(k, n),), most similar first; ties go to the lower index. A zero row scores 0; a zero
    query, k < 1 or mismatched shapes raise ValueError.
    """
    scores = vectors @ query  # a start: this is the dot product, not yet the cosine
    raise NotImplementedError("divide by the lengths, handle zero rows, then sort stably")
