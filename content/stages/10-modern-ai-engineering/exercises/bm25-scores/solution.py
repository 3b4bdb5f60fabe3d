import math
from collections import Counter


def bm25_scores(query: list[str], corpus: list[list[str]], k1: float = 1.5, b: float = 0.75) -> list[float]:
    """BM25 score of every document in `corpus` for `query` (each distinct query term counted once)."""
    if k1 < 0:
        raise ValueError(f"k1 must be >= 0, got {k1}")
    if not 0 <= b <= 1:
        raise ValueError(f"b must be between 0 and 1, got {b}")
    n_docs = len(corpus)
    if n_docs == 0:
        return []
    avgdl = sum(len(doc) for doc in corpus) / n_docs

    # Document frequency: in how many documents does each term occur at least once?
    doc_freq = Counter()
    for doc in corpus:
        doc_freq.update(set(doc))
    terms = list(dict.fromkeys(query))  # distinct query terms, a repeat adds nothing
    idf = {t: math.log(1 + (n_docs - doc_freq[t] + 0.5) / (doc_freq[t] + 0.5)) for t in terms}

    scores = []
    for doc in corpus:
        counts = Counter(doc)
        score = 0.0
        for t in terms:
            f = counts[t]
            if f == 0:
                continue  # also avoids 0/0 when every document is empty (avgdl = 0)
            # b blends "no length normalisation" (b = 0) with "full normalisation" (b = 1).
            length_norm = 1 - b + b * len(doc) / avgdl
            # f (k1 + 1) / (f + k1 · norm) rises with f but never passes k1 + 1: repeats saturate.
            score += idf[t] * f * (k1 + 1) / (f + k1 * length_norm)
        scores.append(score)
    return scores
