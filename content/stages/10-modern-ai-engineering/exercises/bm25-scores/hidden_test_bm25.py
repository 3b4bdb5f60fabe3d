# Hidden tests: another corpus and other parameters, checked against the formula computed directly.
import math

from bm25 import bm25_scores

CORPUS = [
    ["refund", "policy", "for", "damaged", "items"],
    ["shipping", "times", "and", "shipping", "costs"],
    ["how", "to", "request", "a", "refund"],
    ["refund", "refund", "refund"],
    ["track", "your", "order"],
    [],
]


def direct(query, corpus, k1, b):
    n = len(corpus)
    avgdl = sum(map(len, corpus)) / n
    out = []
    for doc in corpus:
        s = 0.0
        for t in set(query):
            f = doc.count(t)
            if f:
                df = sum(t in d for d in corpus)
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                s += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(doc) / avgdl))
        out.append(s)
    return out


def test_several_queries_and_parameters():
    queries = [["refund"], ["shipping", "costs"], ["refund", "order", "refund"], ["track", "request", "policy"]]
    for query in queries:
        for k1, b in ((1.5, 0.75), (1.2, 0.75), (2.0, 0.3), (0.0, 0.5), (1.5, 1.0)):
            got = bm25_scores(query, CORPUS, k1=k1, b=b)
            want = direct(query, CORPUS, k1, b)
            assert len(got) == len(want) and all(math.isclose(g, w, abs_tol=1e-9) for g, w in zip(got, want)), (
                f"query {query}, k1={k1}, b={b}: expected {want}, got {got}"
            )


def test_k1_zero_ignores_counts():
    got = bm25_scores(["refund"], CORPUS, k1=0.0)
    assert math.isclose(got[0], got[3]), "with k1 = 0 one occurrence scores as much as three"


def test_inputs_are_not_modified():
    corpus = [list(d) for d in CORPUS]
    query = ["refund", "refund"]
    bm25_scores(query, corpus)
    assert corpus == CORPUS and query == ["refund", "refund"]
