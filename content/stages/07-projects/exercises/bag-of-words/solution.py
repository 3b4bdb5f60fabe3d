import re
from collections import Counter

# A token is a run of letters and apostrophes; everything else separates tokens.
# [^\W\d_] is "a word character that is not a digit or underscore": any Unicode letter.
_TOKEN = re.compile(r"(?:[^\W\d_]|')+")


def tokenize(text: str) -> list[str]:
    """Lower-case the text and return its words.

    A word is a maximal run of letters (any alphabet) and apostrophes, with apostrophes
    stripped from both ends ("'great'" -> "great", "don't" stays). Runs that
    are only apostrophes are dropped.
    """
    words = (run.strip("'") for run in _TOKEN.findall(text.lower()))
    return [w for w in words if w]  # a run like "''" strips to "" and is dropped


def build_vocabulary(docs: list[str], min_count: int = 1) -> dict[str, int]:
    """Map each word to a column index.

    Keep the words that occur at least min_count times across all documents,
    sort them alphabetically, and number them 0, 1, 2, ... in that order.
    Raises ValueError if min_count < 1.
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    counts = Counter(word for doc in docs for word in tokenize(doc))
    kept = sorted(word for word, count in counts.items() if count >= min_count)
    # Sorting makes the columns independent of document order, like scikit-learn's vectorizers.
    return {word: index for index, word in enumerate(kept)}


def vectorize(docs: list[str], vocabulary: dict[str, int]) -> list[list[int]]:
    """Count vectors: row d, column vocabulary[w] = how often w occurs in docs[d].

    Words that are not in the vocabulary are ignored.
    """
    rows = []
    for doc in docs:
        row = [0] * len(vocabulary)
        for word in tokenize(doc):
            index = vocabulary.get(word)
            if index is not None:  # unknown words (e.g. new in the test set) have no column
                row[index] += 1
        rows.append(row)
    return rows
