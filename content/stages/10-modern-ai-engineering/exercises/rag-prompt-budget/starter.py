INSTRUCTIONS = (
    "Answer the question using only the numbered sources below. Cite each source you use by "
    "its number, like [1]. If the sources do not contain the answer, say that you do not know."
)


def count_tokens(text: str) -> int:
    """Approximate token count: the number of whitespace-separated words."""
    return len(text.split())


def build_rag_prompt(question: str, chunks: list[dict], budget: int) -> tuple[str, list[str]]:
    """Prompt with the best-scoring chunks that fit in `budget` tokens, and the cited ids in order.

    Each chunk is {"id": str, "text": str, "score": float}. Source [i] in the prompt is the chunk
    whose id is ids[i - 1]. Raises ValueError if the prompt without sources exceeds the budget.
    """
    raise NotImplementedError("count the fixed part, then add chunks by score while they fit")
