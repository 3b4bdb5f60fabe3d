import re
from collections import Counter


def tokenize(text: str) -> list[str]:
    """Lower-case the text and return its words.

    A word is a maximal run of letters (any alphabet) and apostrophes, with apostrophes
    stripped from both ends ("'great'" -> "great", "don't" stays). Runs that
    are only apostrophes are dropped.
    """
    raise NotImplementedError


def build_vocabulary(docs: list[str], min_count: int = 1) -> dict[str, int]:
    """Map each word to a column index.

    Keep the words that occur at least min_count times across all documents,
    sort them alphabetically, and number them 0, 1, 2, ... in that order.
    Raises ValueError if min_count < 1.
    """
    raise NotImplementedError


def vectorize(docs: list[str], vocabulary: dict[str, int]) -> list[list[int]]:
    """Count vectors: row d, column vocabulary[w] = how often w occurs in docs[d].

    Words that are not in the vocabulary are ignored.
    """
    raise NotImplementedError
