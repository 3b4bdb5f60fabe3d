import re

# Either a run of letters and apostrophes (a word) or one punctuation mark that ends a clause.
_TOKEN = re.compile(r"(?:[^\W\d_]|')+|[.,!?;:]")
PUNCTUATION = frozenset(".,!?;:")
NEGATIONS = frozenset({"not", "no", "never"})


def is_negation(word: str) -> bool:
    """True for "not", "no", "never" and any word ending in "n't" (don't, isn't, can't)."""
    return word in NEGATIONS or word.endswith("n't")


def tokenize_with_negation(text: str) -> list[str]:
    """Lower-cased tokens in which words inside a negation's scope get the prefix "NOT_".

    Words are runs of letters and apostrophes (apostrophes stripped at the ends);
    each of . , ! ? ; : is a token of its own; everything else only separates.
    A negation word opens a scope: every following word is prefixed with "NOT_"
    until the next punctuation token or the end of the text. Negation words and
    punctuation are never prefixed.
    """
    tokens: list[str] = []
    negated = False
    for match in _TOKEN.findall(text.lower()):
        if match in PUNCTUATION:
            tokens.append(match)
            negated = False  # punctuation closes the scope
            continue
        word = match.strip("'")
        if not word:  # a run of apostrophes only
            continue
        if is_negation(word):
            tokens.append(word)  # the negation itself stays as it is...
            negated = True       # ...and opens (or continues) a scope
        else:
            tokens.append("NOT_" + word if negated else word)
    return tokens
