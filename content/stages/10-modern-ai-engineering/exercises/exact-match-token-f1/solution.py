import re
import string
from collections import Counter

_PUNCTUATION = set(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalize_answer(text: str) -> str:
    """Lower-case, delete punctuation, drop the articles a/an/the, collapse whitespace."""
    text = text.lower()
    # Delete punctuation outright (do not replace it with a space): "don't" -> "dont".
    text = "".join(ch for ch in text if ch not in _PUNCTUATION)
    # \b makes the articles match whole words only, so "theme" and "anew" are kept.
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def _check(references: list[str]) -> None:
    if len(references) == 0:
        raise ValueError("at least one reference answer is needed")


def exact_match(prediction: str, references: list[str]) -> float:
    """1.0 if the normalised prediction equals some normalised reference, else 0.0."""
    _check(references)
    pred = normalize_answer(prediction)
    return max(float(pred == normalize_answer(ref)) for ref in references)


def _f1(prediction: str, reference: str) -> float:
    pred = normalize_answer(prediction).split()
    ref = normalize_answer(reference).split()
    if not pred or not ref:
        # An empty answer is right only when the reference is empty too.
        return float(pred == ref)
    # The multiset intersection keeps each shared token min(count in pred, count in ref) times.
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    precision = common / len(pred)
    recall = common / len(ref)
    return 2 * precision * recall / (precision + recall)


def token_f1(prediction: str, references: list[str]) -> float:
    """Best token-level F1 of the prediction over the references."""
    _check(references)
    return max(_f1(prediction, ref) for ref in references)
