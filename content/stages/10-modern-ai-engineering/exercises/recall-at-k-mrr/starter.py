def recall_at_k(rankings: list[list[str]], relevant: list[set[str]], k: int) -> float:
    """Recall@k averaged over queries; rankings[j] is query j's ranking, relevant[j] its judged set.

    A document repeated in a ranking counts once, at its first place. Raises ValueError for no
    queries, mismatched lengths, an empty relevant set or k < 1.
    """
    raise NotImplementedError("per query: relevant documents in the top k / all relevant documents")


def mean_reciprocal_rank(rankings: list[list[str]], relevant: list[set[str]]) -> float:
    """Mean over queries of 1 / place of the first relevant document (0 when there is none).

    Raises ValueError for no queries, mismatched lengths or an empty relevant set.
    """
    raise NotImplementedError("per query: 1 / place of the first relevant document, or 0")
