import math

from bm25 import bm25_scores

CORPUS = [["cat", "sat", "mat"], ["cat", "cat", "ate", "fish"], ["dog", "ate"]]


def close(got: list[float], want: list[float]) -> bool:
    return len(got) == len(want) and all(math.isclose(g, w, abs_tol=1e-4) for g, w in zip(got, want))


def test_worked_example():
    got = bm25_scores(["cat", "fish"], CORPUS)
    assert close(got, [0.4700, 1.4594, 0.0]), (
        f"expected [0.4700, 1.4594, 0.0], got {[round(x, 4) for x in got]}. Check that idf uses the "
        "natural log of 1 + (N - n + 0.5) / (n + 0.5): 0.4700 for 'cat' and 0.9808 for 'fish'"
    )


def test_shorter_document_scores_higher_for_the_same_count():
    got = bm25_scores(["ate"], CORPUS)
    assert close(got, [0.0, 0.4087, 0.5529]), (
        "'ate' occurs once in a 4-token and once in a 2-token document; with b = 0.75 the "
        f"shorter one scores higher: expected [0, 0.4087, 0.5529], got {[round(x, 4) for x in got]}"
    )


def test_b_zero_turns_off_length_normalisation():
    corpus = [["apple"], ["apple", "x", "y", "z", "w", "v"], ["pear"]]
    short, long, _ = bm25_scores(["apple"], corpus, b=0.0)
    assert math.isclose(short, long), (
        f"with b = 0 document length must not matter: both contain 'apple' once, got {short} and {long}"
    )
    # idf = ln(1 + 1.5 / 2.5) = ln 1.6, and f (k1 + 1) / (f + k1) = 2.5 / 2.5 = 1
    assert math.isclose(short, math.log(1.6), rel_tol=1e-9), f"expected ln 1.6 = 0.4700, got {short}"


def test_repeats_saturate_below_k1_plus_one():
    corpus = [["w"] * f + ["pad"] * (10 - f) for f in (1, 2, 4, 8)] + [["other"] * 10]
    scores = bm25_scores(["w"], corpus)[:4]
    idf = math.log(1 + (5 - 4 + 0.5) / (4 + 0.5))
    assert all(a < b for a, b in zip(scores, scores[1:])), f"more occurrences must score higher: {scores}"
    gains = [b - a for a, b in zip(scores, scores[1:])]
    assert gains[2] < gains[0] * 2, "doubling the count again should add less each time: repeats saturate"
    # All documents have the average length, so the fraction is f·2.5 / (f + 1.5).
    want = [idf * f * 2.5 / (f + 1.5) for f in (1, 2, 4, 8)]
    assert all(math.isclose(g, w, rel_tol=1e-9) for g, w in zip(scores, want)), (
        f"expected {[round(w, 4) for w in want]}, got {[round(s, 4) for s in scores]}"
    )


def test_repeated_query_terms_count_once():
    once = bm25_scores(["cat", "fish"], CORPUS)
    twice = bm25_scores(["cat", "fish", "cat", "cat"], CORPUS)
    assert close(twice, once), f"a repeated query term counts once: expected {once}, got {twice}"


def test_common_term_keeps_a_positive_idf():
    corpus = [["the", "cat"], ["the", "dog"], ["the", "fish"]]
    got = bm25_scores(["the"], corpus)
    assert all(s > 0 for s in got), (
        f"a term in every document gets idf ln(1 + 0.5/3.5) > 0, not a negative score; got {got}"
    )


def test_unknown_terms_and_empty_inputs():
    assert bm25_scores(["zebra"], CORPUS) == [0.0, 0.0, 0.0], "a term in no document adds nothing"
    assert bm25_scores([], CORPUS) == [0.0, 0.0, 0.0], "an empty query scores 0 everywhere"
    assert bm25_scores(["cat"], []) == [], "an empty corpus has no scores"
    assert bm25_scores(["cat"], [[], []]) == [0.0, 0.0], "all-empty documents: avgdl = 0, scores 0"
    assert bm25_scores(["cat"], [["cat"], []])[1] == 0.0, "an empty document scores 0"


def test_bad_parameters_raise_value_error():
    for kwargs in ({"k1": -0.1}, {"b": 1.5}, {"b": -0.2}):
        try:
            bm25_scores(["cat"], CORPUS, **kwargs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {kwargs}")
