import math
from collections import Counter


def fit_idf(docs: list[list[str]]) -> dict[str, float]:
    """Smooth inverse document frequency of every term in the training documents.

    idf(t) = ln((1 + n) / (1 + df(t))) + 1, where n is the number of documents
    and df(t) the number of documents that contain t at least once.
    """
    raise NotImplementedError


def tfidf_vectors(docs: list[list[str]], idf: dict[str, float]) -> list[list[float]]:
    """TF-IDF rows with unit Euclidean length.

    Columns follow the terms of idf in sorted order. Entry = (count of the term
    in the document) * idf(term); each row is then divided by its Euclidean
    length. Terms not in idf are ignored; a row with no known terms stays all zeros.
    """
    raise NotImplementedError
