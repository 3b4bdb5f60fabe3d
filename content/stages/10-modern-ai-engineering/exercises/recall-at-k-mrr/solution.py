def _check(rankings: list[list[str]], relevant: list[set[str]]) -> None:
    if len(rankings) == 0:
        raise ValueError("there are no queries to score")
    if len(rankings) != len(relevant):
        raise ValueError(f"{len(rankings)} rankings but {len(relevant)} sets of judgments")
    for j, rel in enumerate(relevant):
        if len(rel) == 0:
            raise ValueError(f"query {j} has no relevant documents, so its recall would be 0/0")


def _distinct(ranking: list[str]) -> list[str]:
    # dict keys keep insertion order, so each document stays at its first place.
    return list(dict.fromkeys(ranking))


def recall_at_k(rankings: list[list[str]], relevant: list[set[str]], k: int) -> float:
    """Recall@k averaged over queries; rankings[j] is query j's ranking, relevant[j] its judged set.

    A document repeated in a ranking counts once, at its first place. Raises ValueError for no
    queries, mismatched lengths, an empty relevant set or k < 1.
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    _check(rankings, relevant)
    total = 0.0
    for ranking, rel in zip(rankings, relevant):
        top_k = _distinct(ranking)[:k]
        found = sum(1 for doc in top_k if doc in rel)
        total += found / len(rel)  # divide by all relevant documents, not by k
    return total / len(rankings)  # queries with nothing found stay in the mean


def mean_reciprocal_rank(rankings: list[list[str]], relevant: list[set[str]]) -> float:
    """Mean over queries of 1 / place of the first relevant document (0 when there is none).

    Raises ValueError for no queries, mismatched lengths or an empty relevant set.
    """
    _check(rankings, relevant)
    total = 0.0
    for ranking, rel in zip(rankings, relevant):
        for place, doc in enumerate(_distinct(ranking), start=1):
            if doc in rel:
                total += 1.0 / place
                break
        # no relevant document: this query adds 0
    return total / len(rankings)
