import math
from collections import Counter


def bm25_scores(query: list[str], corpus: list[list[str]], k1: float = 1.5, b: float = 0.75) -> list[float]:
    """BM25 score of every document in `corpus` for `query` (each distinct query term counted once).

    idf(t) = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5)); each term adds
    idf(t) * f (k1 + 1) / (f + k1 (1 - b + b |D| / avgdl)). Raises ValueError if k1 < 0 or b is
    outside [0, 1].
    """
    raise NotImplementedError("count N, avgdl and n(t) over the corpus, then sum over distinct query terms")
