import math

from tf_idf import fit_idf, tfidf_vectors

LESSON = [["good", "film"], ["bad", "film"], ["good", "plot"]]


def close_rows(a: list[list[float]], b: list[list[float]], tol: float = 1e-6) -> bool:
    return len(a) == len(b) and all(
        len(r) == len(s) and all(abs(x - y) < tol for x, y in zip(r, s)) for r, s in zip(a, b)
    )


def test_idf_of_the_lesson_example():
    idf = fit_idf(LESSON)
    assert set(idf) == {"bad", "film", "good", "plot"}, f"expected one idf per term, got keys {sorted(idf)}"
    assert math.isclose(idf["bad"], math.log(4 / 2) + 1), f"bad is in 1 of 3 documents: ln(4/2) + 1 ≈ 1.6931, got {idf['bad']}"
    assert math.isclose(idf["film"], math.log(4 / 3) + 1), f"film is in 2 of 3 documents: ln(4/3) + 1 ≈ 1.2877, got {idf['film']}"


def test_document_frequency_counts_documents_not_occurrences():
    idf = fit_idf([["good", "good", "good", "film"], ["bad"]])
    assert math.isclose(idf["good"], math.log(3 / 2) + 1), (
        f"'good' occurs 3 times but in only 1 of 2 documents: expected ln(3/2) + 1 ≈ 1.4055, got {idf['good']}"
    )


def test_term_in_every_document_keeps_weight_one():
    idf = fit_idf([["the", "plot"], ["the", "cast"], ["the"]])
    assert math.isclose(idf["the"], 1.0), f"df = n gives ln((1+n)/(1+n)) + 1 = 1, not 0; got {idf['the']}"


def test_vectors_of_the_lesson_example():
    got = tfidf_vectors(LESSON, fit_idf(LESSON))
    expected = [[0.0, 0.707107, 0.707107, 0.0], [0.795961, 0.605349, 0.0, 0.0], [0.0, 0.0, 0.605349, 0.795961]]
    assert close_rows(got, expected), (
        f"columns are bad, film, good, plot; 'bad film' should be [0.7960, 0.6053, 0, 0]. Expected {expected}, got {got}"
    )


def test_term_counts_and_unit_length():
    idf = fit_idf(LESSON)
    got = tfidf_vectors([["good", "good", "plot"]], idf)
    assert close_rows(got, [[0.0, 0.0, 0.835592, 0.549351]]), (
        f"tf of 'good' is 2: raw [0, 0, 2·1.2877, 1.6931], then divided by its length. Got {got}"
    )
    length = math.sqrt(sum(v * v for v in got[0]))
    assert math.isclose(length, 1.0), f"every non-empty row should have Euclidean length 1, got {length}"


def test_unknown_terms_are_ignored_and_empty_rows_stay_zero():
    idf = fit_idf(LESSON)
    got = tfidf_vectors([["good", "unseen"], ["never", "seen"], []], idf)
    assert close_rows(got, [[0.0, 0.0, 1.0, 0.0], [0.0] * 4, [0.0] * 4]), (
        f"unknown words have no column; a row with no known terms stays all zeros (no division by 0). Got {got}"
    )


def test_matches_scikit_learn_defaults():
    train = [
        ["great", "battery", "and", "great", "screen"],
        ["poor", "battery"],
        ["great", "value", "great", "great"],
        ["screen", "cracked"],
    ]
    got = tfidf_vectors(train, fit_idf(train))
    # TfidfVectorizer() with its defaults (smooth_idf=True, norm="l2") on the same tokens;
    # columns: and, battery, cracked, great, poor, screen, value.
    expected = [
        [0.459822, 0.362529, 0.0, 0.725058, 0.0, 0.362529, 0.0],
        [0.0, 0.61913, 0.0, 0.0, 0.785288, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.921062, 0.0, 0.0, 0.389417],
        [0.0, 0.0, 0.785288, 0.0, 0.0, 0.61913, 0.0],
    ]
    assert close_rows(got, expected), f"expected scikit-learn's values {expected}, got {got}"


def test_empty_inputs_and_unchanged_documents():
    assert fit_idf([]) == {}, "no documents give no terms"
    assert tfidf_vectors([], fit_idf(LESSON)) == [], "no documents give no rows"
    docs = [list(d) for d in LESSON]
    tfidf_vectors(docs, fit_idf(docs))
    assert docs == LESSON, "the documents must not change"
