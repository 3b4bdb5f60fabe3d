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
    question = " ".join(question.split())
    # Everything except the sources: instructions, "Sources:", "Question: ..." and "Answer:".
    used = count_tokens(INSTRUCTIONS) + 1 + count_tokens("Question: " + question) + 1
    if used > budget:
        raise ValueError(f"the prompt needs {used} tokens before any source, over the budget of {budget}")

    # Best score first; sorted() is stable, so equal scores keep their input order.
    ranked = sorted(chunks, key=lambda chunk: chunk["score"], reverse=True)
    lines, ids = [], []
    for chunk in ranked:
        text = " ".join(chunk["text"].split())
        if not text:
            continue  # nothing to cite
        cost = count_tokens(text) + 1  # the words plus the "[n]" label
        if used + cost > budget:
            continue  # too long; a shorter, lower-ranked chunk may still fit
        ids.append(chunk["id"])
        lines.append(f"[{len(ids)}] {text}")
        used += cost

    prompt = "\n".join([INSTRUCTIONS, "", "Sources:", *lines, "", f"Question: {question}", "Answer:"])
    return prompt, ids
