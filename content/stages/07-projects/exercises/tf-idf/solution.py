import math
from collections import Counter


def fit_idf(docs: list[list[str]]) -> dict[str, float]:
    """Smooth inverse document frequency of every term in the training documents.

    idf(t) = ln((1 + n) / (1 + df(t))) + 1, where n is the number of documents
    and df(t) the number of documents that contain t at least once.
    """
    n = len(docs)
    # set(doc): a term repeated inside one document still counts as one document.
    df = Counter(term for doc in docs for term in set(doc))
    # The 1s act as if one extra document contained every term once (so df is never 0),
    # and the final + 1 keeps terms that occur in every document from getting weight 0.
    return {term: math.log((1 + n) / (1 + count)) + 1 for term, count in df.items()}


def tfidf_vectors(docs: list[list[str]], idf: dict[str, float]) -> list[list[float]]:
    """TF-IDF rows with unit Euclidean length.

    Columns follow the terms of idf in sorted order. Entry = (count of the term
    in the document) * idf(term); each row is then divided by its Euclidean
    length. Terms not in idf are ignored; a row with no known terms stays all zeros.
    """
    terms = sorted(idf)
    rows = []
    for doc in docs:
        counts = Counter(doc)
        row = [counts[t] * idf[t] for t in terms]  # Counter gives 0 for absent terms
        norm = math.sqrt(sum(v * v for v in row))
        # L2 normalisation makes long and short documents comparable. A document
        # with no known terms has length 0: leave it as zeros instead of dividing by 0.
        rows.append([v / norm for v in row] if norm > 0 else row)
    return rows
