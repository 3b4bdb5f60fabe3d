import re

PUNCTUATION = frozenset(".,!?;:")
NEGATIONS = frozenset({"not", "no", "never"})


def is_negation(word: str) -> bool:
    """True for "not", "no", "never" and any word ending in "n't" (don't, isn't, can't)."""
    raise NotImplementedError


def tokenize_with_negation(text: str) -> list[str]:
    """Lower-cased tokens in which words inside a negation's scope get the prefix "NOT_".

    Words are runs of letters and apostrophes (apostrophes stripped at the ends);
    each of . , ! ? ; : is a token of its own; everything else only separates.
    A negation word opens a scope: every following word is prefixed with "NOT_"
    until the next punctuation token or the end of the text. Negation words and
    punctuation are never prefixed.
    """
    raise NotImplementedError("track whether you are inside a negation's scope")
