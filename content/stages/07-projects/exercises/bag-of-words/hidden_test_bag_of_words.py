# Hidden tests: other texts, scripts and vocabularies than the visible ones — underscores and tabs
# as separators, Greek/Cyrillic words, a hand-made vocabulary, document order and min_count edges.
from bag_of_words import build_vocabulary, tokenize, vectorize


def test_tokenize_other_separators_and_alphabets():
    got = tokenize("Ουρανός_blue\tСИНИЙ\nit's rock'n'roll,42nd''")
    want = ["ουρανός", "blue", "синий", "it's", "rock'n'roll", "nd"]
    assert got == want, (
        "underscores, tabs, newlines and digits separate tokens; letters of any alphabet are kept and "
        f"lower-cased; inner apostrophes stay. Expected {want}, got {got}"
    )
    assert tokenize("'''  ' -- _ 7") == [], f"no letters means no tokens, got {tokenize(chr(39) * 3)}"


def test_vocabulary_of_other_documents_ignores_document_order():
    docs = ["Zebra apple", "mango, Apple! zebra", "apple kiwi"]
    want = {"apple": 0, "kiwi": 1, "mango": 2, "zebra": 3}
    got = build_vocabulary(docs)
    assert got == want, f"expected {want}, got {got}"
    got_reversed = build_vocabulary(list(reversed(docs)))
    assert got_reversed == want, (
        f"indices follow alphabetical order, not the order words first appear: got {got_reversed}"
    )
    got = build_vocabulary(docs, min_count=3)
    assert got == {"apple": 0}, f"only 'apple' (3 times) reaches min_count 3, got {got}"
    assert build_vocabulary(docs, min_count=4) == {}, "no word occurs 4 times: expected {}"
    assert build_vocabulary([]) == {}, "no documents give an empty vocabulary"


def test_vectorize_uses_the_indices_of_the_given_vocabulary():
    # A hand-made vocabulary whose order is not alphabetical: the column is vocabulary[word].
    vocab = {"zebra": 0, "apple": 1, "kiwi": 2}
    got = vectorize(["apple zebra APPLE", "kiwi kiwi kiwi mango", "", "ZEBRA"], vocab)
    want = [[1, 2, 0], [0, 0, 3], [0, 0, 0], [1, 0, 0]]
    assert got == want, f"expected {want} (column = vocabulary[word], unknown 'mango' skipped), got {got}"


def test_row_sums_equal_number_of_known_tokens():
    train = ["the cat sat on the mat", "the dog ate the cat's food", "a cat sang"]
    vocab = build_vocabulary(train, min_count=2)
    assert vocab == {"cat": 0, "the": 1}, f"expected {{'cat': 0, 'the': 1}} for min_count 2, got {vocab}"
    test_docs = ["The cat, the cat and THE dog", "cat's cat"]
    got = vectorize(test_docs, vocab)
    assert got == [[2, 3], [1, 0]], (
        f"'cat's' is its own word, different from 'cat'; expected [[2, 3], [1, 0]], got {got}"
    )
    for doc, row in zip(test_docs, got):
        known = sum(1 for w in tokenize(doc) if w in vocab)
        assert sum(row) == known, f"row {row} should count each of the {known} known tokens of {doc!r} once"


def test_negative_min_count_raises_and_inputs_stay():
    docs = ["b a", "a"]
    vocab = {"a": 0}
    vectorize(docs, vocab)
    assert docs == ["b a", "a"] and vocab == {"a": 0}, "inputs must not change"
    try:
        build_vocabulary(docs, min_count=-2)
    except ValueError:
        return
    raise AssertionError("expected ValueError for min_count -2")
