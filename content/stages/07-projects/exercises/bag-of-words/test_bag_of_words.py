from bag_of_words import build_vocabulary, tokenize, vectorize

DOCS = ["great battery, great screen", "poor battery", "great value"]


def test_tokenize_lower_cases_and_splits_on_non_letters():
    got = tokenize("Great battery, GREAT screen!")
    assert got == ["great", "battery", "great", "screen"], f"expected four lower-case words, got {got}"
    got = tokenize("5 stars -- well-made")
    assert got == ["stars", "well", "made"], f"digits and hyphens separate words: expected ['stars', 'well', 'made'], got {got}"


def test_tokenize_handles_apostrophes():
    got = tokenize("Don't buy the 'cheap' one, the students' choice ''")
    assert got == ["don't", "buy", "the", "cheap", "one", "the", "students", "choice"], (
        "apostrophes inside a word stay (don't); at the ends they are stripped ('cheap' → cheap, "
        f"students' → students); a token of only apostrophes disappears. Got {got}"
    )


def test_tokenize_keeps_letters_of_any_alphabet():
    got = tokenize("Naïve café")
    assert got == ["naïve", "café"], f"accented letters are letters: expected ['naïve', 'café'], got {got}"
    assert tokenize("") == [] and tokenize("!!! 123") == [], "no letters means no tokens"


def test_vocabulary_is_sorted_and_numbered():
    got = build_vocabulary(DOCS)
    assert got == {"battery": 0, "great": 1, "poor": 2, "screen": 3, "value": 4}, (
        f"expected the five words in alphabetical order numbered 0-4, got {got}"
    )


def test_min_count_counts_all_occurrences():
    got = build_vocabulary(DOCS, min_count=2)
    assert got == {"battery": 0, "great": 1}, (
        f"great (3 times) and battery (2 times) reach min_count 2; indices restart at 0. Got {got}"
    )
    got = build_vocabulary(["good good good", "bad"], min_count=3)
    assert got == {"good": 0}, f"'good' occurs 3 times in one document, which counts: got {got}"


def test_vectorize_counts_words():
    vocab = build_vocabulary(DOCS)
    got = vectorize(DOCS, vocab)
    assert got == [[1, 2, 0, 1, 0], [1, 0, 1, 0, 0], [0, 1, 0, 0, 1]], (
        f"row 0 has battery 1, great 2, screen 1: expected [1, 2, 0, 1, 0] first, got {got}"
    )


def test_unknown_words_are_ignored():
    vocab = build_vocabulary(DOCS)
    got = vectorize(["Great, GREAT value... terrible refund", "totally new words", ""], vocab)
    assert got == [[0, 2, 0, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]], (
        f"words outside the training vocabulary have no column and are skipped, got {got}"
    )
    assert vectorize([], vocab) == [], "no documents give no rows"


def test_invalid_min_count_and_unchanged_inputs():
    docs = list(DOCS)
    vocab = build_vocabulary(docs)
    vectorize(docs, vocab)
    assert docs == DOCS and vocab == build_vocabulary(DOCS), "inputs must not change"
    try:
        build_vocabulary(DOCS, min_count=0)
    except ValueError:
        return
    raise AssertionError("expected ValueError for min_count 0")
