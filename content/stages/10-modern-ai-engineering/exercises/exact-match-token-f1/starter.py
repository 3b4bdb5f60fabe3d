def normalize_answer(text: str) -> str:
    """Lower-case, delete punctuation, drop the articles a/an/the, collapse whitespace."""
    return " ".join(text.lower().split())  # incomplete: punctuation and articles remain


def exact_match(prediction: str, references: list[str]) -> float:
    """1.0 if the normalised prediction equals some normalised reference, else 0.0."""
    raise NotImplementedError("compare normalised strings; keep the best over the references")


def token_f1(prediction: str, references: list[str]) -> float:
    """Best token-level F1 of the prediction over the references."""
    raise NotImplementedError("count shared tokens with repeats, then 2PR / (P + R)")
