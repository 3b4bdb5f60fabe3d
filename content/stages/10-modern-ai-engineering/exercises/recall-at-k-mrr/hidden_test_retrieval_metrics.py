# Hidden tests: other rankings, same definitions, checked against a direct computation.
import math
import random

from retrieval_metrics import mean_reciprocal_rank, recall_at_k


def reference(rankings, relevant, k):
    recalls, rrs = [], []
    for ranking, rel in zip(rankings, relevant):
        seen = []
        for doc in ranking:
            if doc not in seen:
                seen.append(doc)
        recalls.append(len([d for d in seen[:k] if d in rel]) / len(rel))
        hits = [i for i, d in enumerate(seen) if d in rel]
        rrs.append(1 / (hits[0] + 1) if hits else 0.0)
    return sum(recalls) / len(recalls), sum(rrs) / len(rrs)


def test_random_rankings_against_reference():
    rng = random.Random(7)
    docs = [f"doc{i}" for i in range(25)]
    rankings = [[rng.choice(docs) for _ in range(rng.randint(0, 15))] for _ in range(40)]
    relevant = [set(rng.sample(docs, rng.randint(1, 5))) for _ in range(40)]
    for k in (1, 3, 10, 20):
        want_recall, want_mrr = reference(rankings, relevant, k)
        assert math.isclose(recall_at_k(rankings, relevant, k), want_recall), f"recall@{k} differs"
    assert math.isclose(mean_reciprocal_rank(rankings, relevant), want_mrr), "MRR differs"


def test_perfect_and_hopeless_retrievers():
    relevant = [{"a", "b"}, {"c"}]
    assert recall_at_k([["a", "b"], ["c"]], relevant, 2) == 1.0
    assert mean_reciprocal_rank([["a", "b"], ["c"]], relevant) == 1.0
    assert recall_at_k([["x", "y"], ["z"]], relevant, 10) == 0.0
    assert mean_reciprocal_rank([["x", "y"], ["z"]], relevant) == 0.0


def test_ranking_given_as_tuple_and_relevant_as_frozenset():
    assert math.isclose(recall_at_k([("q", "r", "s")], [frozenset({"s", "t"})], 3), 0.5)
    assert math.isclose(mean_reciprocal_rank([("q", "r", "s")], [frozenset({"s", "t"})]), 1 / 3)
