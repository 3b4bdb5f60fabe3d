# Hidden tests: other corpora than the visible ones — a seeded random corpus checked against the
# smooth-idf formula computed here, a hand-made idf dict, one-document corpora and repeated terms.
import math
import random
from collections import Counter

from tf_idf import fit_idf, tfidf_vectors


def reference(train, docs):
    n = len(train)
    df = Counter(t for d in train for t in set(d))
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    rows = []
    for d in docs:
        row = [d.count(t) * idf[t] for t in sorted(idf)]
        norm = math.sqrt(sum(v * v for v in row))
        rows.append([v / norm if norm else 0.0 for v in row])
    return idf, rows


def close_rows(a, b, tol=1e-9):
    return len(a) == len(b) and all(
        len(r) == len(s) and all(abs(x - y) < tol for x, y in zip(r, s)) for r, s in zip(a, b)
    )


def test_random_corpus_matches_the_formula():
    rng = random.Random(99)
    vocab = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
    train = [rng.choices(vocab[:6], k=rng.randint(1, 9)) for _ in range(12)]
    test = [rng.choices(vocab, k=rng.randint(0, 6)) for _ in range(6)]
    want_idf, want_rows = reference(train, train + test)
    got_idf = fit_idf(train)
    assert set(got_idf) == set(want_idf), f"expected idf for {sorted(want_idf)}, got {sorted(got_idf)}"
    for t in want_idf:
        assert math.isclose(got_idf[t], want_idf[t], rel_tol=1e-12), f"idf[{t!r}] should be {want_idf[t]}, got {got_idf[t]}"
    got_rows = tfidf_vectors(train + test, got_idf)
    assert close_rows(got_rows, want_rows), f"rows differ from ln((1+n)/(1+df)) + 1 weights, L2-normalised: got {got_rows[:2]}..."


def test_uses_the_given_idf_and_its_sorted_columns():
    idf = {"zulu": 3.0, "alpha": 0.5, "mike": 1.0}  # columns: alpha, mike, zulu
    got = tfidf_vectors([["zulu", "alpha", "alpha", "unknown"], ["mike"]], idf)
    raw = [1.0, 0.0, 3.0]
    length = math.sqrt(sum(v * v for v in raw))
    want = [[v / length for v in raw], [0.0, 1.0, 0.0]]
    assert close_rows(got, want), (
        f"columns follow sorted(idf) and the weights are count · idf[t] from the given dict: expected {want}, got {got}"
    )


def test_one_document_corpus():
    idf = fit_idf([["x", "y", "x", "x"]])
    assert set(idf) == {"x", "y"} and all(math.isclose(v, 1.0) for v in idf.values()), (
        f"in a one-document corpus every term is in every document: idf 1 for x and y, got {idf}"
    )
    got = tfidf_vectors([["x", "y", "x", "x"]], idf)
    want = [[3 / math.sqrt(10), 1 / math.sqrt(10)]]
    assert close_rows(got, want), f"raw counts [3, 1] divided by sqrt(10), got {got}"


def test_repeats_count_for_tf_but_once_for_df():
    train = [["spam"] * 5, ["ham"], ["eggs", "ham"], ["toast"]]
    idf = fit_idf(train)
    assert math.isclose(idf["spam"], math.log(5 / 2) + 1), f"'spam' is in 1 of 4 documents: ln(5/2) + 1, got {idf['spam']}"
    assert math.isclose(idf["ham"], math.log(5 / 3) + 1), f"'ham' is in 2 of 4 documents: ln(5/3) + 1, got {idf['ham']}"
    row = tfidf_vectors([["spam"] * 5 + ["toast"]], idf)[0]
    # columns: eggs, ham, spam, toast; both weights share idf ln(5/2) + 1, so the row is [0, 0, 5, 1] / sqrt(26)
    assert close_rows([row], [[0.0, 0.0, 5 / math.sqrt(26), 1 / math.sqrt(26)]]), f"expected [0, 0, 0.981, 0.196], got {row}"


def test_transform_does_not_refit_or_change_inputs():
    train = [["a", "b"], ["a"]]
    idf = fit_idf(train)
    saved = dict(idf)
    docs = [["b", "b", "c"], []]
    got = tfidf_vectors(docs, idf)
    assert close_rows(got, [[0.0, 1.0], [0.0, 0.0]]), f"only 'b' is known in the first document; got {got}"
    assert idf == saved and docs == [["b", "b", "c"], []] and train == [["a", "b"], ["a"]], "inputs must not change"
